package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.needsspace.alexa.Coach;
import org.needsspace.alexa.PendingQuestion;
import org.needsspace.alexa.Reply;
import org.needsspace.alexa.Turn;
import org.needsspace.alexa.Turns;
import org.needsspace.content.Phrase;

/** No, to whatever the skill asked last; every answer still ends on a question. */
public final class NoHandler implements RequestHandler {

    private final Turns turns;
    private final Coach coach;

    public NoHandler(Turns turns, Coach coach) {
        this.turns = turns;
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("AMAZON.NoIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = turns.begin(input);
        return turn.respond(answer(turn));
    }

    private Reply answer(Turn turn) {
        return switch (turn.pending()) {
            case BEGIN, SELF_CARE_OFFER -> coach.answer(turn, Phrase.BEGIN_DECLINED, Phrase.MENU_REPROMPT);
            case CONTINUE -> coach.answer(turn, Phrase.CONTINUE_DECLINED, Phrase.MENU_REPROMPT);
            case RESUME -> coach.answer(turn, Phrase.RESUME_DECLINED, Phrase.RESUME_DECLINED_REPROMPT)
                    .pending(PendingQuestion.BEGIN);
            case ANOTHER_SELF_CARE -> coach.backToGuide(turn);
            case FORGET -> coach.answer(turn, Phrase.FORGET_KEPT, Phrase.MENU_REPROMPT);
            case SAFETY_REPEAT -> coach.answer(turn, Phrase.SAFETY_DECLINED, Phrase.MENU_REPROMPT);
            case NONE -> coach.menu(turn);
        };
    }
}
