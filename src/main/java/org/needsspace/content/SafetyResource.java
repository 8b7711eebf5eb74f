package org.needsspace.content;

/**
 * A number to call or text in an emergency.
 *
 * @param spoken     what is said, with {number} (and {textNumber}) where the numbers go
 * @param display    the same in plain text, for the card
 * @param purpose    what the number is for, in plain text, shown beside the number on a screen
 * @param textNumber a number to text, or null
 * @param source     the official page the number comes from
 */
public record SafetyResource(String id, String spoken, String display, String purpose, String number, String textNumber,
                             String source) {
}
