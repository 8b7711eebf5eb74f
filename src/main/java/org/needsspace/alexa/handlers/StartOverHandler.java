package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.needsspace.alexa.Coach;
import org.needsspace.alexa.Turn;
import org.needsspace.alexa.Turns;

/** Back to step one, section one. */
public final class StartOverHandler implements RequestHandler {

    private final Turns turns;
    private final Coach coach;

    public StartOverHandler(Turns turns, Coach coach) {
        this.turns = turns;
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("AMAZON.StartOverIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = turns.begin(input);
        return turn.respond(coach.startOver(turn));
    }
}
