package org.needsspace.content;

import java.util.List;
import java.util.Map;
import org.needsspace.domain.Guide;
import org.needsspace.domain.SelfCarePrompt;

/** Everything one locale of the skill says: the guide, the self-care prompts, the safety guidance and the phrases. */
public record Content(String locale, String skillName, Guide guide, String disclaimer, String stepsOverview,
                      List<String> numberWords, SafetyGuidance safety, List<SelfCarePrompt> selfCare,
                      Map<String, String> phrases) {

    public Content {
        numberWords = List.copyOf(numberWords);
        selfCare = List.copyOf(selfCare);
        phrases = Map.copyOf(phrases);
    }

    /** The phrase's template: trusted SSML with {placeholders}. */
    public String template(Phrase phrase) {
        String template = phrases.get(phrase.key());
        if (template == null) {
            throw new IllegalStateException("Missing phrase " + phrase.key() + " for " + locale);
        }
        return template;
    }

    /** "three" for 3, as speech reads better with the number as a word. */
    public String numberWord(int number) {
        return number >= 0 && number < numberWords.size() ? numberWords.get(number) : Integer.toString(number);
    }
}
