package org.needsspace.dialog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.needsspace.alexa.turn.Speech;
import org.needsspace.console.SsmlAsText;
import org.needsspace.content.Content;
import org.needsspace.content.FeelingCare;
import org.needsspace.content.Phrase;
import org.needsspace.content.SafetyResource;
import org.needsspace.domain.SelfCarePrompt;

/**
 * What a user heard, named the way the corpus labels meanings: "safety", "feeling:anxious", "section:active-listening",
 * "selfcare:breathing,sleep", "which:first-id|second-id", "headline", "nav:where-am-i", "social:thanks", ... Read
 * from the answer the way a listener would: the words spoken, the card, whether the session ended.
 */
public final class HeardAnswer {

    private static final Map<String, List<Phrase>> REMINDER_ANSWERS = Map.of(
            "reminder:set", List.of(Phrase.REMINDER_ASK_TIME, Phrase.REMINDER_NOT_HERE, Phrase.REMINDER_PERMISSION_ASK),
            "reminder:when", List.of(Phrase.REMINDER_NONE, Phrase.REMINDER_WHEN),
            "reminder:cancel", List.of(Phrase.REMINDER_CANCEL_NONE, Phrase.REMINDER_CANCELLED));

    private final Content content;

    public HeardAnswer(Content content) {
        this.content = content;
    }

    String of(Dialog dialog) {
        return of(dialog.ssml(), dialog.cardTitle(), dialog.cardText(), dialog.isOpen());
    }

    /** What was heard in an answer: its SSML, its card, and whether the session stays open. */
    public String of(String ssml, Optional<String> card, Optional<String> cardText, boolean open) {
        String spoken = SsmlAsText.of(ssml);
        if (!open) {
            return spoken.contains(plain(Phrase.GOODBYE)) ? "social:goodbye" : "ended";
        }
        if (isSafety(spoken)) {
            if (spoken.startsWith(plain(Phrase.SAFETY_WITHOUT_CALLING))) {
                return "nav:without-calling";
            }
            return spoken.contains(plain(Phrase.SAFETY_NUMBERS_AGAIN)) ? "nav:numbers" : "safety";
        }
        if (spoken.startsWith(prefixOf(Phrase.SAFETY_SET_ASIDE))) {
            return "social:set-aside";
        }
        for (Map.Entry<String, FeelingCare> feeling : content.feelings().entrySet()) {
            if (feeling.getValue().acknowledgements().stream().anyMatch(spoken::contains)) {
                if (spoken.contains(plain(Phrase.HEADLINE_OVERVIEW)) || spoken.contains(prefixOf(Phrase.WELCOME_BACK_RESUME))) {
                    return "headline&feeling:" + feeling.getKey();
                }
                return sectionRead(spoken, card).map(section -> section + "&feeling:" + feeling.getKey())
                        .orElse("feeling:" + feeling.getKey());
            }
        }
        Optional<String> which = whichSections(spoken);
        if (which.isPresent()) {
            return which.get();
        }
        if (card.isPresent() && card.get().equals(plain(Phrase.CARD_SELF_CARE_TITLE))) {
            String text = cardText.orElse("");
            return content.selfCare().stream()
                    .filter(prompt -> Speech.plainText(prompt.ssml()).equals(text))
                    .findFirst()
                    .map(prompt -> "selfcare:" + String.join(",", prompt.kinds()) + "#" + prompt.id())
                    .orElse("selfcare:unknown");
        }
        if (spoken.contains(plain(Phrase.HEADLINE_OVERVIEW))) {
            return "headline";
        }
        Optional<String> section = sectionRead(spoken, card);
        if (section.isPresent()) {
            return section.get();
        }
        if (spoken.contains(content.stepsOverview())) {
            return "nav:list-steps";
        }
        if (startsWithAnyWording(spoken, Phrase.THANKS)) {
            return "social:thanks";
        }
        if (startsWithAnyWording(spoken, Phrase.HELLO)) {
            return "social:hello";
        }
        if (startsWithAnyWording(spoken, Phrase.NOT_UNDERSTOOD_FIRST) || startsWithAnyWording(spoken, Phrase.NOT_UNDERSTOOD_SECOND)
                || startsWithAnyWording(spoken, Phrase.NOT_UNDERSTOOD_THIRD)) {
            return "not-understood";
        }
        for (Map.Entry<String, List<Phrase>> reminder : REMINDER_ANSWERS.entrySet()) {
            if (reminder.getValue().stream().anyMatch(phrase -> spoken.contains(prefixOf(phrase)))) {
                return reminder.getKey();
            }
        }
        if (spoken.startsWith("You're on step")) {
            return "nav:where-am-i";
        }
        if (spoken.startsWith(prefixOf(Phrase.HELP_IN_GUIDE)) || spoken.startsWith(prefixOf(Phrase.HELP_NOT_STARTED))) {
            return "nav:help";
        }
        return "other: " + spoken;
    }

    /** The numbers, or the ways to reach help without calling with the emergency number. */
    private boolean isSafety(String spoken) {
        List<SafetyResource> resources = content.safety().resources();
        return resources.stream().allMatch(resource -> spoken.contains(resource.number()))
                || spoken.startsWith(plain(Phrase.SAFETY_WITHOUT_CALLING)) && spoken.contains(resources.get(0).number());
    }

    private Optional<String> whichSections(String spoken) {
        String question = prefixOf(Phrase.WHICH_SECTION);
        if (!spoken.startsWith(question)) {
            return Optional.empty();
        }
        String first = null;
        String second = null;
        int firstAt = Integer.MAX_VALUE;
        for (Map.Entry<String, String> summary : content.sectionSummaries().entrySet()) {
            int at = spoken.indexOf(summary.getValue());
            if (at >= 0 && at < firstAt) {
                second = first;
                first = summary.getKey();
                firstAt = at;
            } else if (at >= 0) {
                second = summary.getKey();
            }
        }
        return Optional.of("which:" + first + "|" + second);
    }

    private boolean startsWithAnyWording(String spoken, Phrase phrase) {
        return content.templates(phrase).stream().anyMatch(wording -> spoken.startsWith(plainText(wording)));
    }

    private String prefixOf(Phrase phrase) {
        String template = plain(phrase);
        int placeholder = template.indexOf('{');
        return placeholder < 0 ? template : template.substring(0, placeholder);
    }

    private String plain(Phrase phrase) {
        return plainText(content.template(phrase));
    }

    private static String plainText(String ssml) {
        return Speech.plainText(ssml);
    }

    public static boolean isOfKind(String heard, String kind) {
        if (!heard.startsWith("selfcare:")) {
            return false;
        }
        String kinds = heard.substring("selfcare:".length(), heard.indexOf('#') < 0 ? heard.length() : heard.indexOf('#'));
        return kind.equals("any") || List.of(kinds.split(",")).contains(kind);
    }

    static Optional<SelfCarePrompt> promptOf(String heard, Content content) {
        int hash = heard.indexOf('#');
        return hash < 0 ? Optional.empty()
                : content.selfCare().stream().filter(prompt -> prompt.id().equals(heard.substring(hash + 1))).findFirst();
    }

    private Optional<String> sectionRead(String spoken, Optional<String> card) {
        if (card.isEmpty()) {
            return Optional.empty();
        }
        return content.guide().sections().stream()
                .filter(section -> card.get().endsWith(section.title()) && spoken.contains(section.text()))
                .findFirst().map(section -> "section:" + section.id());
    }
}
