package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.needsspace.alexa.SelfCareAnswer;
import org.needsspace.alexa.Turn;
import org.needsspace.alexa.Turns;

/** "Give me a self care idea": one the user has not heard in this round. */
public final class SelfCareHandler implements RequestHandler {

    private final Turns turns;
    private final SelfCareAnswer selfCare;

    public SelfCareHandler(Turns turns, SelfCareAnswer selfCare) {
        this.turns = turns;
        this.selfCare = selfCare;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("SelfCareIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = turns.begin(input);
        return turn.respond(selfCare.answer(turn));
    }
}
