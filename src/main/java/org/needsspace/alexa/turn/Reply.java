package org.needsspace.alexa.turn;

import org.needsspace.alexa.screen.Screen;
import org.needsspace.domain.Progress;

/**
 * What one turn answers, before it is stored and rendered: speech bodies (SSML without {@code <speak>}),
 * an optional card, what a screen shows, the question now pending and the user's progress after the turn.
 *
 * @param reprompt      null when the session ends
 * @param progress      null when the turn leaves progress as it was
 * @param notUnderstood true when the skill could not tell what the user meant (misses in a row are counted)
 * @param permissionAsk null unless the reply asks for a permission
 * @param screen        what a device with a screen shows, or null to leave the screen as it is
 */
public record Reply(String speech, String reprompt, String cardTitle, String cardText,
                    PendingQuestion pending, Progress progress, boolean endsSession, boolean notUnderstood,
                    PermissionAsk permissionAsk, Screen screen) {

    public Reply(String speech, String reprompt, String cardTitle, String cardText,
                 PendingQuestion pending, Progress progress, boolean endsSession, boolean notUnderstood) {
        this(speech, reprompt, cardTitle, cardText, pending, progress, endsSession, notUnderstood, null, null);
    }

    public static Reply ask(Speech speech, Speech reprompt) {
        return ask(speech.body(), reprompt.body());
    }

    /** Speech and reprompt bodies said before, such as the last answer repeated. */
    public static Reply ask(String speechBody, String repromptBody) {
        return new Reply(speechBody, repromptBody, null, null, PendingQuestion.NONE, null, false, false);
    }

    public static Reply tell(Speech speech) {
        return new Reply(speech.body(), null, null, null, PendingQuestion.NONE, null, true, false);
    }

    /** For requests Alexa allows no speech for, such as SessionEndedRequest. */
    public static Reply silent() {
        return new Reply(null, null, null, null, PendingQuestion.NONE, null, true, false);
    }

    public Reply withCard(String title, String text) {
        return new Reply(speech, reprompt, title, text, pending, progress, endsSession, notUnderstood, permissionAsk, screen);
    }

    public Reply pending(PendingQuestion question) {
        return new Reply(speech, reprompt, cardTitle, cardText, question, progress, endsSession, notUnderstood,
                permissionAsk, screen);
    }

    public Reply withProgress(Progress newProgress) {
        return new Reply(speech, reprompt, cardTitle, cardText, pending, newProgress, endsSession, notUnderstood,
                permissionAsk, screen);
    }

    public Reply withSpeechBefore(String prefix) {
        return new Reply(prefix + " " + speech, reprompt, cardTitle, cardText, pending, progress, endsSession,
                notUnderstood, permissionAsk, screen);
    }

    public Reply markedNotUnderstood() {
        return new Reply(speech, reprompt, cardTitle, cardText, pending, progress, endsSession, true, permissionAsk, screen);
    }

    /** Asks for a permission by voice (then Alexa takes the turn: no reprompt) or with the consent card. */
    public Reply withPermissionAsk(PermissionAsk ask) {
        return new Reply(speech, ask.byVoice() ? null : reprompt, cardTitle, cardText, pending, progress,
                endsSession, notUnderstood, ask, screen);
    }

    public boolean hasSpeech() {
        return speech != null;
    }

    public Reply withScreen(Screen shown) {
        return new Reply(speech, reprompt, cardTitle, cardText, pending, progress, endsSession, notUnderstood,
                permissionAsk, shown);
    }
}
