package org.needsspace.alexa.conversation;

import java.util.Optional;
import org.needsspace.alexa.requests.Slots;
import org.needsspace.alexa.screen.Screen;
import org.needsspace.alexa.turn.PendingQuestion;
import org.needsspace.alexa.turn.Reply;
import org.needsspace.alexa.turn.Speech;
import org.needsspace.alexa.turn.Turn;
import org.needsspace.content.Phrase;
import org.needsspace.domain.Progress;
import org.needsspace.domain.SelfCareRotation;
import org.needsspace.domain.TimedPauses;
import org.needsspace.understanding.Meaning;

/** A self-care exercise the user has not heard in this round, of the kind asked for, then the offer of another. */
public final class SelfCareAnswer {

    static final String KIND_SLOT = "Kind";
    private static final String ANY_KIND = "any";

    private final ReminderAnswer reminders;

    public SelfCareAnswer(ReminderAnswer reminders) {
        this.reminders = reminders;
    }

    /**
     * "Give me a self care idea" (any kind), "give me a breathing exercise" (the kind asked for). Asked in one breath
     * ("Alexa, ask partner space coach for a breathing exercise"), the exercise ends the session with a short offer.
     */
    public Reply answer(Turn turn) {
        String kind = kindAskedFor(turn).orElse(null);
        if (turn.isNewSession()) {
            return oneShot(turn, kind);
        }
        return answer(turn, kind);
    }

    private Reply oneShot(Turn turn, String kind) {
        Progress progress = turn.progress();
        SelfCareRotation.Pick pick = new SelfCareRotation(turn.content().selfCare())
                .pick(progress.heardPrompts(), turn.random(), kind);
        Speech speech = turn.speech().sayWording(Phrase.SELF_CARE_INTRO, turn.wording(Phrase.SELF_CARE_INTRO))
                .ssml(pick.prompt().ssml())
                .pause()
                .say(reminders.oneShotClose(turn));
        return Reply.tell(speech)
                .withCard(Speech.plain(turn.content(), Phrase.CARD_SELF_CARE_TITLE), Speech.plainText(pick.prompt().ssml()))
                .withProgress(progress.withHeardPrompts(pick.heardAfter()));
    }

    /** @param kind "breathing", "sleep", ... or null for any kind */
    public Reply answer(Turn turn, String kind) {
        return exercise(turn, kind, turn.speech().sayWording(Phrase.SELF_CARE_INTRO, turn.wording(Phrase.SELF_CARE_INTRO)));
    }

    /** The kind the Kind slot resolved to, or the kind its words mean; nothing when any kind will do. */
    private static Optional<String> kindAskedFor(Turn turn) {
        Optional<String> resolved = Slots.resolvedId(turn.input(), KIND_SLOT);
        if (resolved.isPresent()) {
            return resolved;
        }
        return Slots.value(turn.input(), KIND_SLOT)
                .map(words -> turn.content().understanding().interpret(words))
                .flatMap(SelfCareAnswer::kindMeant);
    }

    /** The exercise kind a self-care meaning names; nothing when any kind will do or it is no self-care meaning. */
    static Optional<String> kindMeant(Meaning meaning) {
        return Optional.of(meaning)
                .filter(self -> self.is(Meaning.Kind.SELF_CARE) && !ANY_KIND.equals(self.value()))
                .map(Meaning::value);
    }

    /** "Another one" after an exercise: a different one, of the kind asked for before if there was one. */
    public Reply another(Turn turn) {
        return answer(turn, turn.memory().lastExercise().orElse(null));
    }

    /** An exercise after words of the caller's own, such as an acknowledgement of how the user feels. */
    public Reply exercise(Turn turn, String kind, Speech lead) {
        Progress progress = turn.progress();
        SelfCareRotation.Pick pick = new SelfCareRotation(turn.content().selfCare())
                .pick(progress.heardPrompts(), turn.random(), kind);
        int wordsBefore = TimedPauses.wordCount(Speech.plainText(lead.body()));
        Speech speech = lead.ssml(pick.prompt().ssml())
                .pause()
                .say(Phrase.SELF_CARE_MORE);
        turn.memory().rememberLastExercise(kind);
        return Reply.ask(speech, turn.speech().say(Phrase.SELF_CARE_MORE_REPROMPT))
                .pending(PendingQuestion.ANOTHER_SELF_CARE)
                .withCard(Speech.plain(turn.content(), Phrase.CARD_SELF_CARE_TITLE), Speech.plainText(pick.prompt().ssml()))
                .withProgress(progress.withHeardPrompts(pick.heardAfter()))
                .withScreen(Screen.selfCare(pick.prompt().id(), wordsBefore));
    }
}
