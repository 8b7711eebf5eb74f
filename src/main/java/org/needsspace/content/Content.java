package org.needsspace.content;

import java.util.List;
import java.util.Map;
import org.needsspace.domain.Guide;
import org.needsspace.domain.SelfCarePrompt;
import org.needsspace.understanding.Understanding;
import org.needsspace.understanding.Meaning;

/**
 * Everything one locale of the skill says and hears: the guide, the self-care prompts, the safety guidance, how
 * feelings are met, the phrases (each with one or more wordings), and the understanding of free text.
 *
 * @param sectionSummaries a few words per section id (and for "headline", the overview), to ask which was meant
 * @param screen           plain text shown on screens, by {@link ScreenText} key, with {placeholders}
 */
public record Content(String locale, String skillName, Guide guide, String disclaimer, String stepsOverview,
                      List<String> numberWords, SafetyGuidance safety, List<SelfCarePrompt> selfCare,
                      Map<String, FeelingCare> feelings, Map<String, String> sectionSummaries,
                      Map<String, String> screen,
                      Map<String, List<String>> phrases, Understanding understanding) {

    public Content {
        numberWords = List.copyOf(numberWords);
        selfCare = List.copyOf(selfCare);
        feelings = Map.copyOf(feelings);
        sectionSummaries = Map.copyOf(sectionSummaries);
        screen = screen == null ? Map.of() : Map.copyOf(screen);
        phrases = Map.copyOf(phrases);
    }

    /** Screen text with its {placeholders} filled; {@code namesAndValues} alternate names and plain-text values. */
    public String screenText(ScreenText text, Object... namesAndValues) {
        String template = screen.get(text.key());
        if (template == null) {
            throw new IllegalStateException("Missing screen text " + text.key() + " for " + locale);
        }
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            template = template.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return template;
    }

    /** The phrase's first wording: trusted SSML with {placeholders}. */
    public String template(Phrase phrase) {
        return templates(phrase).get(0);
    }

    /** Every wording of the phrase; a turn picks one so that the same words are not said twice in a row. */
    public List<String> templates(Phrase phrase) {
        List<String> templates = phrases.get(phrase.key());
        if (templates == null || templates.isEmpty()) {
            throw new IllegalStateException("Missing phrase " + phrase.key() + " for " + locale);
        }
        return templates;
    }

    /** The few words that name a meaning answered from the guide: "headline", or "section:" and a section id. */
    public String summaryOf(String label) {
        String key = Meaning.fromLabel(label).filter(meaning -> meaning.is(Meaning.Kind.SECTION))
                .map(Meaning::value).orElse(label);
        String summary = sectionSummaries.get(key);
        if (summary == null) {
            throw new IllegalArgumentException("No summary for " + label + " in " + locale);
        }
        return summary;
    }

    /** "three" for 3, as speech reads better with the number as a word. */
    public String numberWord(int number) {
        return number >= 0 && number < numberWords.size() ? numberWords.get(number) : Integer.toString(number);
    }
}
