package org.needsspace.console;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns typed text and sample utterances into comparable word lists. */
final class TextNormalizer {

    private static final Pattern CURLY_APOSTROPHES = Pattern.compile("[\u2018\u2019\u02BC]");
    /** A minus sign is kept only when it starts a number ("-1"); every other hyphen separates words. */
    private static final Pattern NOT_A_MINUS_SIGN = Pattern.compile("-(?!\\d)|(?<=\\S)-");
    private static final Pattern ANYTHING_BUT_WORD_CHARACTERS = Pattern.compile("[^\\p{L}\\p{N}'\\-\\s]");
    private static final Pattern EDGE_APOSTROPHES = Pattern.compile("^'+|'+$");

    private TextNormalizer() {
    }

    /** Lower case, punctuation removed (apostrophes inside words and a leading minus of a number kept), spaces collapsed. */
    static String normalize(String text) {
        return String.join(" ", words(text));
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        lower = CURLY_APOSTROPHES.matcher(lower).replaceAll("'");
        lower = ANYTHING_BUT_WORD_CHARACTERS.matcher(lower).replaceAll(" ");
        lower = NOT_A_MINUS_SIGN.matcher(lower).replaceAll(" ");
        return Arrays.stream(lower.trim().split("\\s+"))
                .map(word -> EDGE_APOSTROPHES.matcher(word).replaceAll(""))
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
