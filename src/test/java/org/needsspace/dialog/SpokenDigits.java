package org.needsspace.dialog;

import java.util.Map;

/** The digits words for a number say: "oh eight oh eight" is 0808, "triple zero" 000, "one eight hundred" 1800. */
final class SpokenDigits {

    private static final Map<String, String> DIGIT = Map.ofEntries(Map.entry("oh", "0"), Map.entry("zero", "0"),
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"));

    private SpokenDigits() {
    }

    static String of(String words) {
        StringBuilder digits = new StringBuilder();
        int repeat = 1;
        for (String word : words.toLowerCase(java.util.Locale.ROOT).split("[\\s,-]+")) {
            switch (word) {
                case "double" -> repeat = 2;
                case "triple" -> repeat = 3;
                case "hundred" -> digits.append("00");
                case "thousand" -> digits.append("000");
                default -> {
                    String digit = DIGIT.get(word);
                    if (digit == null) {
                        throw new IllegalArgumentException("not a number word: " + word);
                    }
                    digits.append(digit.repeat(repeat));
                    repeat = 1;
                }
            }
        }
        return digits.toString();
    }
}
