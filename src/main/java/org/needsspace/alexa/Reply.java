package org.needsspace.alexa;

import org.needsspace.alexa.screen.Screen;
import org.needsspace.domain.Progress;

/**
 * What one turn answers, before it is stored and rendered: speech bodies (SSML without {@code <speak>}),
 * an optional card, what a screen shows, the question now pending and the user's progress after the turn.
 *
 * @param reprompt      null when the session ends
 * @param progress      null when the turn leaves progress as it was
 * @param notUnderstood true when the skill could not tell what the user meant (misses in a row are counted)
 * @param screen        what a device with a screen shows, or null to leave the screen as it is
 */
public record Reply(String speech, String reprompt, String cardTitle, String cardText,
                    PendingQuestion pending, Progress progress, boolean endsSession, boolean notUnderstood,
                    Screen screen) {

    public static Reply ask(Speech speech, Speech reprompt) {
        return ask(speech.body(), reprompt.body());
    }

    /** Speech and reprompt bodies said before, such as the last answer repeated. */
    public static Reply ask(String speechBody, String repromptBody) {
        return new Reply(speechBody, repromptBody, null, null, PendingQuestion.NONE, null, false, false, null);
    }

    public static Reply tell(Speech speech) {
        return new Reply(speech.body(), null, null, null, PendingQuestion.NONE, null, true, false, null);
    }

    /** For requests Alexa allows no speech for, such as SessionEndedRequest. */
    public static Reply silent() {
        return new Reply(null, null, null, null, PendingQuestion.NONE, null, true, false, null);
    }

    public Reply withCard(String title, String text) {
        return new Reply(speech, reprompt, title, text, pending, progress, endsSession, notUnderstood, screen);
    }

    public Reply pending(PendingQuestion question) {
        return new Reply(speech, reprompt, cardTitle, cardText, question, progress, endsSession, notUnderstood, screen);
    }

    public Reply withProgress(Progress newProgress) {
        return new Reply(speech, reprompt, cardTitle, cardText, pending, newProgress, endsSession, notUnderstood, screen);
    }

    public Reply withSpeechBefore(String prefix) {
        return new Reply(prefix + " " + speech, reprompt, cardTitle, cardText, pending, progress, endsSession,
                notUnderstood, screen);
    }

    public Reply markedNotUnderstood() {
        return new Reply(speech, reprompt, cardTitle, cardText, pending, progress, endsSession, true, screen);
    }

    public Reply withScreen(Screen shown) {
        return new Reply(speech, reprompt, cardTitle, cardText, pending, progress, endsSession, notUnderstood, shown);
    }

    public boolean hasSpeech() {
        return speech != null;
    }
}
