package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.needsspace.alexa.Coach;
import org.needsspace.alexa.PendingQuestion;
import org.needsspace.alexa.Reply;
import org.needsspace.alexa.SafetyAnswer;
import org.needsspace.alexa.SelfCareAnswer;
import org.needsspace.alexa.Turn;
import org.needsspace.alexa.Turns;
import org.needsspace.content.Phrase;

/** Yes, to whatever the skill asked last. */
public final class YesHandler implements RequestHandler {

    private final Turns turns;
    private final Coach coach;
    private final SelfCareAnswer selfCare;
    private final SafetyAnswer safety;

    public YesHandler(Turns turns, Coach coach, SelfCareAnswer selfCare, SafetyAnswer safety) {
        this.turns = turns;
        this.coach = coach;
        this.selfCare = selfCare;
        this.safety = safety;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("AMAZON.YesIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = turns.begin(input);
        return turn.respond(answer(turn));
    }

    private Reply answer(Turn turn) {
        return switch (turn.pending()) {
            case BEGIN -> coach.begin(turn);
            case CONTINUE -> coach.next(turn);
            case RESUME -> coach.resume(turn);
            case SELF_CARE_OFFER, ANOTHER_SELF_CARE -> selfCare.answer(turn);
            case SAFETY_REPEAT -> safety.answer(turn);
            case FORGET -> turn.forget()
                    ? coach.answer(turn, Phrase.FORGET_DONE, Phrase.WELCOME_FIRST_REPROMPT).pending(PendingQuestion.BEGIN)
                    : coach.answer(turn, Phrase.FORGET_FAILED, Phrase.MENU_REPROMPT);
            case NONE -> coach.menu(turn);
        };
    }
}
