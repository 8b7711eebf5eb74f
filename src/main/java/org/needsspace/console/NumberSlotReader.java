package org.needsspace.console;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers the way AMAZON.NUMBER and AMAZON.ORDINAL resolve them: digits or words in,
 * a decimal string out ("twenty one" gives "21", "minus one" gives "-1", "fourth" gives "4").
 */
final class NumberSlotReader {

    private static final Pattern DIGITS = Pattern.compile("-?\\d{1,15}");
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d{1,15})(st|nd|rd|th)");
    private static final long THOUSAND = 1_000L;
    private static final long MILLION = 1_000_000L;

    private static final Map<String, Integer> UNITS = Map.of(
            "one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9);
    private static final Map<String, Integer> TEENS = Map.of(
            "ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13, "fourteen", 14,
            "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19);
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    /** Ordinal words whose cardinal is not just the word without its "th". */
    private static final Map<String, String> IRREGULAR_ORDINALS = Map.of(
            "first", "one", "second", "two", "third", "three", "fifth", "five",
            "eighth", "eight", "ninth", "nine", "twelfth", "twelve");

    private enum Last { NOTHING, ARTICLE, UNIT, TEEN, TENS, HUNDRED, SCALE, AND }

    private NumberSlotReader() {
    }

    /** A whole number from digits ("-12") or words ("minus twelve", "a hundred and five"). */
    static Optional<String> cardinal(List<String> words) {
        if (words.size() == 1 && DIGITS.matcher(words.get(0)).matches()) {
            return Optional.of(Long.toString(Long.parseLong(words.get(0))));
        }
        return cardinalFromWords(words).map(value -> Long.toString(value));
    }

    /** A positive position from "fourth", "twenty first", "one hundredth" or "4th". */
    static Optional<String> ordinal(List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (words.size() == 1) {
            var digits = ORDINAL_DIGITS.matcher(words.get(0));
            if (digits.matches()) {
                long value = Long.parseLong(digits.group(1));
                return value > 0 ? Optional.of(Long.toString(value)) : Optional.empty();
            }
        }
        String lastWord = words.get(words.size() - 1);
        Optional<String> lastAsCardinal = ordinalWordAsCardinalWord(lastWord);
        if (lastAsCardinal.isEmpty()) {
            return Optional.empty();
        }
        var asCardinal = new java.util.ArrayList<>(words.subList(0, words.size() - 1));
        if (asCardinal.contains("minus") || asCardinal.contains("negative")) {
            return Optional.empty();
        }
        asCardinal.add(lastAsCardinal.get());
        return cardinalFromWords(asCardinal).filter(value -> value > 0).map(value -> Long.toString(value));
    }

    private static Optional<String> ordinalWordAsCardinalWord(String word) {
        if (IRREGULAR_ORDINALS.containsKey(word)) {
            return Optional.of(IRREGULAR_ORDINALS.get(word));
        }
        if (word.endsWith("ieth")) {
            return Optional.of(word.substring(0, word.length() - 4) + "y");
        }
        if (word.endsWith("th")) {
            String stem = word.substring(0, word.length() - 2);
            if (UNITS.containsKey(stem) || TEENS.containsKey(stem)
                    || stem.equals("hundred") || stem.equals("thousand") || stem.equals("million")) {
                return Optional.of(stem);
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> cardinalFromWords(List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int start = 0;
        boolean negative = false;
        if (words.get(0).equals("minus") || words.get(0).equals("negative")) {
            negative = true;
            start = 1;
        }
        List<String> rest = words.subList(start, words.size());
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        if (rest.size() == 1 && rest.get(0).equals("zero")) {
            return Optional.of(0L);
        }
        if (rest.size() == 1 && DIGITS.matcher(rest.get(0)).matches() && !rest.get(0).startsWith("-")) {
            long value = Long.parseLong(rest.get(0));
            return Optional.of(negative ? -value : value);
        }
        Optional<Long> magnitude = wordsToMagnitude(rest);
        return negative ? magnitude.map(value -> -value) : magnitude;
    }

    private static Optional<Long> wordsToMagnitude(List<String> words) {
        long total = 0;
        long group = 0;
        long lastScale = Long.MAX_VALUE;
        Last last = Last.NOTHING;
        for (String word : words) {
            if (UNITS.containsKey(word)) {
                if (!(last == Last.NOTHING || last == Last.TENS || last == Last.HUNDRED
                        || last == Last.SCALE || last == Last.AND)) {
                    return Optional.empty();
                }
                group += UNITS.get(word);
                last = Last.UNIT;
            } else if (TEENS.containsKey(word) || TENS.containsKey(word)) {
                if (!(last == Last.NOTHING || last == Last.HUNDRED || last == Last.SCALE || last == Last.AND)) {
                    return Optional.empty();
                }
                boolean teen = TEENS.containsKey(word);
                group += teen ? TEENS.get(word) : TENS.get(word);
                last = teen ? Last.TEEN : Last.TENS;
            } else if (word.equals("a")) {
                if (last != Last.NOTHING) {
                    return Optional.empty();
                }
                last = Last.ARTICLE;
            } else if (word.equals("hundred")) {
                if (!(last == Last.NOTHING || last == Last.ARTICLE || last == Last.UNIT) || group >= 100) {
                    return Optional.empty();
                }
                group = Math.max(group, 1) * 100;
                last = Last.HUNDRED;
            } else if (word.equals("thousand") || word.equals("million")) {
                long scale = word.equals("thousand") ? THOUSAND : MILLION;
                if (scale >= lastScale || last == Last.AND || last == Last.SCALE) {
                    return Optional.empty();
                }
                total += Math.max(group, 1) * scale;
                group = 0;
                lastScale = scale;
                last = Last.SCALE;
            } else if (word.equals("and")) {
                if (!(last == Last.HUNDRED || last == Last.SCALE)) {
                    return Optional.empty();
                }
                last = Last.AND;
            } else {
                return Optional.empty();
            }
        }
        if (last == Last.AND || last == Last.ARTICLE) {
            return Optional.empty();
        }
        return Optional.of(total + group);
    }
}
