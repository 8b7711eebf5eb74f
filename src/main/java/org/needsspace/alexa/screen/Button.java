package org.needsspace.alexa.screen;

import org.needsspace.content.ScreenText;

/** A button of a screen: the name a document binds it by, its text and what a screen reader says for it. */
enum Button {
    BACK("back", ScreenText.BUTTON_BACK, ScreenText.BUTTON_BACK_LABEL),
    NEXT("next", ScreenText.BUTTON_NEXT, ScreenText.BUTTON_NEXT_LABEL),
    STEPS("steps", ScreenText.BUTTON_STEPS, ScreenText.BUTTON_STEPS_LABEL),
    SELF_CARE("selfCare", ScreenText.BUTTON_SELF_CARE, ScreenText.BUTTON_SELF_CARE_LABEL),
    ANOTHER("another", ScreenText.BUTTON_ANOTHER, ScreenText.BUTTON_ANOTHER_LABEL),
    GUIDE("guide", ScreenText.BUTTON_GUIDE, ScreenText.BUTTON_GUIDE_LABEL),
    START_OVER("startOver", ScreenText.BUTTON_START_OVER, ScreenText.BUTTON_START_OVER_LABEL);

    private final String name;
    private final ScreenText text;
    private final ScreenText label;

    Button(String name, ScreenText text, ScreenText label) {
        this.name = name;
        this.text = text;
        this.label = label;
    }

    String bindingName() {
        return name;
    }

    ScreenText text() {
        return text;
    }

    ScreenText label() {
        return label;
    }
}
