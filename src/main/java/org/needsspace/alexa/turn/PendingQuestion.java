package org.needsspace.alexa.turn;

/** The yes/no question the skill asked last, so that Yes and No answer it. */
public enum PendingQuestion {
    NONE,
    /** "Shall we begin with step one?" */
    BEGIN,
    /** "Next is ... Shall I go on?" */
    CONTINUE,
    /** "Last time you were on ... Want to pick up there?" */
    RESUME,
    /** "That's the end of the guide. Would you like a self care idea?" */
    SELF_CARE_OFFER,
    /** "Would you like another one?" after a self-care prompt. */
    ANOTHER_SELF_CARE,
    /** "Would you like me to say those numbers again?" after the safety guidance. */
    SAFETY_REPEAT,
    /** "Would you like me to say those numbers again?" after the ways to reach help without calling. */
    WITHOUT_CALLING_REPEAT,
    /** "This deletes your place ... Are you sure?" */
    FORGET,
    /** "Do you mean staying connected while giving space, or keeping your own life going?" */
    WHICH_SECTION,
    /** "Would you like a short grounding exercise?" after the user said how they feel. */
    OFFER_EXERCISE,
    /** "Would you like to hear about leaning on friends and family?" after the user said how they feel. */
    OFFER_SECTION,
    /** The list of steps offered after two answers in a row were not understood. */
    STEPS_OFFER,
    /** "Would you like me to remind you every day ...?" after an exercise, or when asked about a reminder. */
    REMINDER_OFFER,
    /** "What time works for you?" for the daily reminder. */
    REMINDER_TIME;

    /** Whether this question was asked right after the safety guidance or the ways to reach help without calling. */
    public boolean followsSafetyGuidance() {
        return this == SAFETY_REPEAT || this == WITHOUT_CALLING_REPEAT;
    }

    public static PendingQuestion parse(Object value) {
        if (value instanceof String name) {
            for (PendingQuestion question : values()) {
                if (question.name().equals(name)) {
                    return question;
                }
            }
        }
        return NONE;
    }
}
