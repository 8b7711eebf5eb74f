package org.needsspace.alexa.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.needsspace.alexa.Coach;
import org.needsspace.alexa.Turn;
import org.needsspace.alexa.Turns;

/**
 * Registered first: an intent request without an intent name would make the SDK's {@code intentName} predicates
 * of every later handler throw. It gets the fallback answer instead of an apology for an error.
 */
public final class NamelessIntentHandler implements RequestHandler {

    private final Turns turns;
    private final Coach coach;

    public NamelessIntentHandler(Turns turns, Coach coach) {
        this.turns = turns;
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof IntentRequest request
                && (request.getIntent() == null || request.getIntent().getName() == null);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = turns.begin(input);
        return turn.respond(coach.fallback(turn));
    }
}
