package org.needsspace.alexa.conversation;

import java.util.List;
import org.needsspace.alexa.turn.PendingQuestion;
import org.needsspace.alexa.turn.Reply;
import org.needsspace.alexa.turn.Speech;
import org.needsspace.alexa.turn.Turn;
import org.needsspace.content.FeelingCare;
import org.needsspace.content.Phrase;
import org.needsspace.understanding.Meaning;

/**
 * Comfort for how the user feels: a few warm words (never the same ones twice in a row), then the exercise that
 * fits, given at once, or an exercise or a section of the guide offered with a yes/no question.
 */
public final class FeelingAnswer {

    private final SelfCareAnswer selfCare;

    public FeelingAnswer(SelfCareAnswer selfCare) {
        this.selfCare = selfCare;
    }

    /** A few warm words for the feeling, as SSML: never the same words twice in a row in a session. */
    public String acknowledgement(Turn turn, String feeling) {
        List<String> acknowledgements = turn.content().feelings().get(feeling).acknowledgements();
        int wording = turn.memory().wording("feeling." + feeling, acknowledgements.size(), turn.random());
        return Speech.escape(acknowledgements.get(wording));
    }

    /** @param feeling a kind of feeling of the content ("anxious", "lonely", ...) */
    public Reply answer(Turn turn, String feeling) {
        FeelingCare care = turn.content().feelings().get(feeling);
        if (care == null) {
            throw new IllegalArgumentException("No answer for the feeling " + feeling + " in " + turn.content().locale());
        }
        Speech lead = turn.speech().ssml(acknowledgement(turn, feeling));
        if (care.givesExerciseAtOnce()) {
            return selfCare.exercise(turn, care.exercise(), lead);
        }
        Speech reprompt = turn.speech().text(care.offer()).say(Phrase.FEELING_OFFER_REPROMPT);
        Reply offer = Reply.ask(lead.text(care.offer()), reprompt);
        if (care.exercise() != null) {
            turn.memory().rememberOfferedExercise(care.exercise());
            return offer.pending(PendingQuestion.OFFER_EXERCISE);
        }
        turn.memory().rememberChoices(List.of(Meaning.sectionLabel(care.section())));
        return offer.pending(PendingQuestion.OFFER_SECTION);
    }
}
