package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.needsspace.alexa.Coach;
import org.needsspace.alexa.Turn;
import org.needsspace.alexa.Turns;

/** "What should I do if he needs space?": an overview and step one, or the offer to resume. */
public final class NeedsSpaceHandler implements RequestHandler {

    private final Turns turns;
    private final Coach coach;

    public NeedsSpaceHandler(Turns turns, Coach coach) {
        this.turns = turns;
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("NeedsSpaceIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = turns.begin(input);
        return turn.respond(coach.needsSpace(turn));
    }
}
