package org.needsspace.alexaapi;

/** A call to Alexa's reminder or settings API that did not do what was asked, by what the user can do about it. */
public final class ReminderFailure extends RuntimeException {

    public enum Reason {
        /** 401, or 403 for anything but the reminder limit: the user has not granted (or has revoked) the permission. */
        NO_PERMISSION,
        /** 403 because the user already has as many reminders as Alexa allows. */
        TOO_MANY_REMINDERS,
        /** 404: the reminder is gone (deleted in the Alexa app, or already rung out). */
        NOT_FOUND,
        /** 429, 5xx, an answer the skill cannot read, or no answer in time: try again later. */
        UNAVAILABLE
    }

    private final Reason reason;

    public ReminderFailure(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
