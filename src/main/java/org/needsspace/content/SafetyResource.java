package org.needsspace.content;

import java.util.Map;

/**
 * A number to call or text in an emergency.
 *
 * @param spoken      what is said, with {number} (and {textNumber}) where the numbers go
 * @param display     the same in plain text, for the card
 * @param purpose     what the number is for, in plain text, shown beside the number on a screen
 * @param textNumber  a number to text, or null
 * @param source      the official page the number comes from
 * @param hours       when the line answers, in plain text; null where the content does not say
 * @param hoursSource the official page the hours come from, when it is not {@code source}
 * @param sayAs       how each space-separated group of the number is read: "digits", "numbers" (as whole numbers,
 *                    "thirteen eleven fourteen"), or null for Alexa's telephone reading of the whole number
 * @param groupWords  groups read with words of their own, as people there say them ("000" as "triple zero")
 */
public record SafetyResource(String id, String spoken, String display, String purpose, String number,
                             String textNumber, String source, String hours, String hoursSource, String sayAs,
                             Map<String, String> groupWords) {

    public SafetyResource {
        groupWords = groupWords == null ? Map.of() : Map.copyOf(groupWords);
    }
}
