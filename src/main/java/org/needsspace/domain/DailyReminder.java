package org.needsspace.domain;

import java.time.LocalTime;

/**
 * The user's daily self-care reminder as the skill knows it: the id Alexa gave it and its time of day, and whether
 * the user turned down the offer of one (then it is never offered again).
 *
 * @param id            Alexa's reminder id, or null when no reminder is set
 * @param time          the local time of day it rings, or null when no reminder is set
 * @param offerDeclined true once the user said no to the offer after an exercise
 */
public record DailyReminder(String id, LocalTime time, boolean offerDeclined) {

    public static final DailyReminder NONE = new DailyReminder(null, null, false);

    public DailyReminder {
        if ((id == null) != (time == null)) {
            throw new IllegalArgumentException("A reminder has both an id and a time, or neither");
        }
    }

    public boolean exists() {
        return id != null;
    }

    public DailyReminder setTo(String newId, LocalTime newTime) {
        return new DailyReminder(newId, newTime, offerDeclined);
    }

    /** No reminder any more; a declined offer stays declined. */
    public DailyReminder cleared() {
        return new DailyReminder(null, null, offerDeclined);
    }

    public DailyReminder withOfferDeclined() {
        return new DailyReminder(id, time, true);
    }
}
