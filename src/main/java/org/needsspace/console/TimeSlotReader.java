package org.needsspace.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time of day the way AMAZON.TIME resolves it: "eight pm", "eight thirty in the evening", "20:00" give
 * "HH:mm" ("20:00", "20:30"); "morning", "afternoon", "evening", "night" give Alexa's codes MO, AF, EV, NI.
 * Words that are no time give nothing, so a sample made of a time slot alone does not take every sentence.
 */
final class TimeSlotReader {

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?(am|pm|a\\.m\\.|p\\.m\\.)?");
    private static final Map<String, String> PARTS_OF_DAY = Map.of(
            "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "tonight", "NI");
    private static final Map<String, Integer> MINUTE_WORDS = Map.of(
            "o'clock", 0, "oh", 0, "fifteen", 15, "thirty", 30, "forty five", 45, "forty-five", 45, "half", 30);
    private static final List<String> AFTER_NOON = List.of("pm", "p.m.", "p m", "in the evening", "in the afternoon",
            "at night", "tonight");
    private static final List<String> BEFORE_NOON = List.of("am", "a.m.", "a m", "in the morning");

    private TimeSlotReader() {
    }

    static Optional<String> read(List<String> words) {
        String heard = String.join(" ", words).trim();
        if (PARTS_OF_DAY.containsKey(heard)) {
            return Optional.of(PARTS_OF_DAY.get(heard));
        }
        if (heard.equals("noon") || heard.equals("midday")) {
            return Optional.of("12:00");
        }
        if (heard.equals("midnight")) {
            return Optional.of("00:00");
        }
        Boolean afternoon = null;
        for (String marker : AFTER_NOON) {
            if (heard.endsWith(" " + marker)) {
                afternoon = true;
                heard = heard.substring(0, heard.length() - marker.length()).trim();
                break;
            }
        }
        if (afternoon == null) {
            for (String marker : BEFORE_NOON) {
                if (heard.endsWith(" " + marker)) {
                    afternoon = false;
                    heard = heard.substring(0, heard.length() - marker.length()).trim();
                    break;
                }
            }
        }
        Optional<int[]> clock = clock(heard);
        if (clock.isEmpty()) {
            return Optional.empty();
        }
        int hour = clock.get()[0];
        int minute = clock.get()[1];
        if (clock.get()[2] != 0) {
            afternoon = clock.get()[2] > 0;
        }
        if (afternoon != null && hour > 12) {
            return Optional.empty();
        }
        if (Boolean.TRUE.equals(afternoon) && hour < 12) {
            hour += 12;
        } else if (Boolean.FALSE.equals(afternoon) && hour == 12) {
            hour = 0;
        }
        return Optional.of(String.format("%02d:%02d", hour, minute));
    }

    /** Hour, minute and a half-of-day marker written into digits (1 pm, -1 am, 0 none). */
    private static Optional<int[]> clock(String heard) {
        Matcher digits = CLOCK.matcher(heard.replace(" ", ""));
        if (digits.matches()) {
            int hour = Integer.parseInt(digits.group(1));
            int minute = digits.group(2) == null ? 0 : Integer.parseInt(digits.group(2));
            int half = digits.group(3) == null ? 0 : digits.group(3).startsWith("p") ? 1 : -1;
            return valid(hour, minute) ? Optional.of(new int[] {hour, minute, half}) : Optional.empty();
        }
        List<String> words = new ArrayList<>(List.of(heard.split(" ")));
        if (words.isEmpty() || words.get(0).isEmpty()) {
            return Optional.empty();
        }
        // The longest run of words that is an hour, then what is left as the minutes ("twenty one", "eight thirty").
        for (int split = words.size(); split >= 1; split--) {
            Optional<String> hourWords = NumberSlotReader.cardinal(words.subList(0, split));
            if (hourWords.isEmpty()) {
                continue;
            }
            Optional<Long> minute = minutes(words.subList(split, words.size()));
            long hour = Long.parseLong(hourWords.get());
            if (minute.isPresent() && valid(hour, minute.get())) {
                return Optional.of(new int[] {(int) hour, minute.get().intValue(), 0});
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> minutes(List<String> words) {
        if (words.isEmpty()) {
            return Optional.of(0L);
        }
        Integer named = MINUTE_WORDS.get(String.join(" ", words));
        if (named != null) {
            return Optional.of(named.longValue());
        }
        return NumberSlotReader.cardinal(words).map(Long::parseLong);
    }

    private static boolean valid(long hour, long minute) {
        return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
    }
}
