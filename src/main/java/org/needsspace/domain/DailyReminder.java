package org.needsspace.domain;

import java.time.Instant;
import java.time.LocalTime;

/**
 * The user's daily self-care reminder as the skill knows it: the id Alexa gave it and its time of day, whether
 * the user turned down the offer of one (then it is never offered again), and when it was last set, changed or
 * removed, so two devices can agree which reminder is the real one.
 *
 * @param id            Alexa's reminder id, or null when no reminder is set
 * @param time          the local time of day it rings, or null when no reminder is set
 * @param offerDeclined true once the user said no to the offer after an exercise
 * @param changedAt     when the reminder was last set, changed or removed; null when unknown (never changed, or
 *                      kept before the time was recorded), which counts as older than any known change
 */
public record DailyReminder(String id, LocalTime time, boolean offerDeclined, Instant changedAt) {

    public static final DailyReminder NONE = new DailyReminder(null, null, false, null);

    public DailyReminder {
        if ((id == null) != (time == null)) {
            throw new IllegalArgumentException("A reminder has both an id and a time, or neither");
        }
    }

    /** A reminder whose last change is not known. */
    public DailyReminder(String id, LocalTime time, boolean offerDeclined) {
        this(id, time, offerDeclined, null);
    }

    public boolean exists() {
        return id != null;
    }

    public DailyReminder setTo(String newId, LocalTime newTime, Instant now) {
        return new DailyReminder(newId, newTime, offerDeclined, now);
    }

    /** No reminder any more since {@code now}; a declined offer stays declined. */
    public DailyReminder cleared(Instant now) {
        return new DailyReminder(null, null, offerDeclined, now);
    }

    public DailyReminder withOfferDeclined() {
        return new DailyReminder(id, time, true, changedAt);
    }

    /**
     * Which of two records' reminders is the real one: the one changed last; an unknown change time is older than
     * any known one. When neither time is known, a reminder that exists wins over none; on a tie, this one.
     * A declined offer stays declined whichever wins.
     */
    public DailyReminder mergedWith(DailyReminder other) {
        DailyReminder kept;
        if (changedAt == null && other.changedAt == null) {
            kept = exists() || !other.exists() ? this : other;
        } else {
            boolean otherIsNewer = changedAt == null || (other.changedAt != null && other.changedAt.isAfter(changedAt));
            kept = otherIsNewer ? other : this;
        }
        return offerDeclined || other.offerDeclined ? kept.withOfferDeclined() : kept;
    }
}
