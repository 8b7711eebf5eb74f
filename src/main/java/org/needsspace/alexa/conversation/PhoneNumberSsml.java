package org.needsspace.alexa.conversation;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.needsspace.alexa.turn.Speech;

/**
 * A phone number as SSML, read the way people of the number's country say it: group by group ("116 123" as
 * "one one six, one two three", "13 11 14" as "thirteen eleven fourteen"), a group with words of its own by those
 * words, or, without a reading, as Alexa reads a telephone number.
 */
final class PhoneNumberSsml {

    static final String DIGITS = "digits";
    static final String NUMBERS = "numbers";
    private static final String GROUP_PAUSE = "<break time=\"200ms\"/>";

    private PhoneNumberSsml() {
    }

    static String ssml(String number, String sayAs, Map<String, String> groupWords) {
        if (sayAs == null) {
            return sayAs("telephone", number);
        }
        String interpretAs = switch (sayAs) {
            case DIGITS -> "digits";
            case NUMBERS -> "cardinal";
            default -> throw new IllegalArgumentException("Unknown reading " + sayAs + " of " + number);
        };
        return Arrays.stream(number.trim().split("\\s+"))
                .map(group -> groupWords.containsKey(group)
                        ? "<sub alias=\"" + Speech.escape(groupWords.get(group)) + "\">" + Speech.escape(group) + "</sub>"
                        : sayAs(interpretAs, group))
                .collect(Collectors.joining(GROUP_PAUSE));
    }

    private static String sayAs(String interpretAs, String text) {
        return "<say-as interpret-as=\"" + interpretAs + "\">" + Speech.escape(text) + "</say-as>";
    }
}
