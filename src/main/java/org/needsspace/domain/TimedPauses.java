package org.needsspace.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timed pauses of authored SSML ({@code <break time="4s"/>}, {@code <break time="500ms"/>}), each with the
 * words said just before it, in order: what a screen needs to follow a spoken exercise.
 */
public final class TimedPauses {

    private static final Pattern BREAK = Pattern.compile("<break\\s+time=\"(\\d+(?:\\.\\d+)?)(ms|s)\"\\s*/>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** One timed pause and the plain words said since the pause before it. */
    public record Pause(String wordsBefore, long millis) {

        public int wordCount() {
            return TimedPauses.wordCount(wordsBefore);
        }
    }

    private TimedPauses() {
    }

    public static List<Pause> of(String ssml) {
        List<Pause> pauses = new ArrayList<>();
        Matcher matcher = BREAK.matcher(ssml);
        int from = 0;
        while (matcher.find()) {
            double amount = Double.parseDouble(matcher.group(1));
            long millis = Math.round("s".equals(matcher.group(2)) ? amount * 1000 : amount);
            pauses.add(new Pause(plain(ssml.substring(from, matcher.start())), millis));
            from = matcher.end();
        }
        return pauses;
    }

    /** Words in plain text, as separated by whitespace. */
    public static int wordCount(String plainText) {
        String trimmed = plainText.trim();
        return trimmed.isEmpty() ? 0 : WHITESPACE.split(trimmed).length;
    }

    public static int count(String ssml) {
        return of(ssml).size();
    }

    private static String plain(String ssml) {
        return WHITESPACE.matcher(TAG.matcher(ssml).replaceAll(" ")).replaceAll(" ").trim();
    }
}
