package org.needsspace.content;

import java.util.List;
import java.util.Map;

/**
 * A number to call or text in an emergency.
 *
 * @param spoken      what is said, with {number} (and {textNumber}) where the numbers go
 * @param display     the same in plain text, for the card
 * @param purpose     what the number is for, in plain text, shown beside the number on a screen
 * @param textNumber  a number to text, or null
 * @param source      the official page the number comes from; null only when no official page could be reached and
 *                    {@code reportedBy} cites the official statement
 * @param reportedBy  independent reputable reports of the official statement (news of a ministry's announcement, an
 *                    answer in parliament), at least two, for a number no official page confirmed; empty otherwise
 * @param hours       when the line answers, in plain text; null where the content does not say
 * @param hoursSource the official page the hours come from, when it is not {@code source}
 * @param sayAs       how each space-separated group of the number is read: "digits", "numbers" (as whole numbers,
 *                    "thirteen eleven fourteen"), or null for Alexa's telephone reading of the whole number
 * @param groupWords  groups read with words of their own, as people there say them ("000" as "triple zero")
 */
public record SafetyResource(String id, String spoken, String display, String purpose, String number,
                             String textNumber, String source, List<String> reportedBy, String hours,
                             String hoursSource, String sayAs, Map<String, String> groupWords) {

    public SafetyResource {
        reportedBy = reportedBy == null ? List.of() : List.copyOf(reportedBy);
        groupWords = groupWords == null ? Map.of() : Map.copyOf(groupWords);
    }

    /** Whether the number rests on reports of the official statement rather than on an official page. */
    public boolean isReported() {
        return source == null;
    }
}
