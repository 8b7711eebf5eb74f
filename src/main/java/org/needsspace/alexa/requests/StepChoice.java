package org.needsspace.alexa.requests;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The step a user asked for, read from AMAZON.NUMBER or AMAZON.ORDINAL slot values without trusting them:
 * "3", "3rd", "three", "-1", "3.5", "?" or nothing at all.
 *
 * @param number the whole number asked for, if there is one
 * @param spoken the value as heard, for saying back that there is no such step
 */
public record StepChoice(Optional<Integer> number, String spoken) {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,9})(st|nd|rd|th)");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,6}[.,]\\d{1,3}");

    public static StepChoice from(List<String> slotValues, List<String> numberWords) {
        for (String raw : slotValues) {
            if (raw == null) {
                continue;
            }
            String value = raw.trim().toLowerCase(Locale.ROOT);
            Matcher ordinal = ORDINAL.matcher(value);
            if (WHOLE_NUMBER.matcher(value).matches()) {
                return new StepChoice(Optional.of(Integer.parseInt(value)), value);
            }
            if (ordinal.matches()) {
                return new StepChoice(Optional.of(Integer.parseInt(ordinal.group(1))), ordinal.group(1));
            }
            int asWord = numberWords.indexOf(value);
            if (asWord >= 0) {
                return new StepChoice(Optional.of(asWord), value);
            }
            if (DECIMAL.matcher(value).matches()) {
                return new StepChoice(Optional.empty(), value);
            }
        }
        return new StepChoice(Optional.empty(), "");
    }

    /** Nothing usable was heard: ask which step, rather than saying a step does not exist. */
    public boolean isMissing() {
        return number.isEmpty() && spoken.isEmpty();
    }
}
