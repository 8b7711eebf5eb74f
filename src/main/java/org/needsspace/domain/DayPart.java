package org.needsspace.domain;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/** "Every morning", "every evening": a part of the day, and the time a daily reminder for it rings. */
public enum DayPart {
    MORNING(LocalTime.of(8, 0)),
    AFTERNOON(LocalTime.of(14, 0)),
    EVENING(LocalTime.of(20, 0)),
    NIGHT(LocalTime.of(21, 30));

    private final LocalTime time;

    DayPart(LocalTime time) {
        this.time = time;
    }

    public LocalTime time() {
        return time;
    }

    /** @param id a slot value id such as "evening" */
    public static Optional<DayPart> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (DayPart part : values()) {
            if (part.name().equals(id.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }
}
