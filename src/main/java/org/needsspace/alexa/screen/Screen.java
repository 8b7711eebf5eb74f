package org.needsspace.alexa.screen;

/**
 * What a reply shows on a screen: the view and what it is about. The text comes from the content when the reply
 * is rendered for a device with a screen ({@link ScreenData}), so voice-only devices cost nothing.
 *
 * @param subject     the section id (section view; the user's place for the steps view, or null), the exercise id
 *                    (self-care view), or null
 * @param wordsBefore how many words are spoken before the subject's own speech (a breathing guide waits for them)
 */
public record Screen(View view, String subject, int wordsBefore) {

    public static Screen section(String sectionId) {
        return new Screen(View.SECTION, sectionId, 0);
    }

    public static Screen steps(String currentSectionId) {
        return new Screen(View.STEPS, currentSectionId, 0);
    }

    public static Screen selfCare(String promptId, int wordsBefore) {
        return new Screen(View.SELF_CARE, promptId, wordsBefore);
    }

    public static Screen safety() {
        return new Screen(View.SAFETY, null, 0);
    }

    public static Screen end() {
        return new Screen(View.END, null, 0);
    }
}
