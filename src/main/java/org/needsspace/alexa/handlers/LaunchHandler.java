package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.needsspace.alexa.Coach;
import org.needsspace.alexa.Turns;

/** Opening the skill: a welcome and the disclaimer the first time, the offer to resume after that. */
public final class LaunchHandler implements RequestHandler {

    private final Turns turns;
    private final Coach coach;

    public LaunchHandler(Turns turns, Coach coach) {
        this.turns = turns;
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(LaunchRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        var turn = turns.begin(input);
        return turn.respond(coach.launch(turn));
    }
}
