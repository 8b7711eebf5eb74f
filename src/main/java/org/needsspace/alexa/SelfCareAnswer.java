package org.needsspace.alexa;

import org.needsspace.content.Phrase;
import org.needsspace.domain.Progress;
import org.needsspace.domain.SelfCareRotation;

/** A self-care prompt the user has not heard in this round, then the offer of another. */
public final class SelfCareAnswer {

    public Reply answer(Turn turn) {
        Progress progress = turn.progress();
        SelfCareRotation.Pick pick = new SelfCareRotation(turn.content().selfCare())
                .pick(progress.heardPrompts(), turn.random());
        Speech speech = turn.speech()
                .say(Phrase.SELF_CARE_INTRO)
                .ssml(pick.prompt().ssml())
                .pause()
                .say(Phrase.SELF_CARE_MORE);
        return Reply.ask(speech, turn.speech().say(Phrase.SELF_CARE_MORE_REPROMPT))
                .pending(PendingQuestion.ANOTHER_SELF_CARE)
                .withCard(Speech.plain(turn.content(), Phrase.CARD_SELF_CARE_TITLE), Speech.plainText(pick.prompt().ssml()))
                .withProgress(progress.withHeardPrompts(pick.heardAfter()));
    }
}
