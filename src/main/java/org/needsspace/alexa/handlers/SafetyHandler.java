package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.needsspace.alexa.SafetyAnswer;
import org.needsspace.alexa.Turn;
import org.needsspace.alexa.Turns;

/** "I don't feel safe": emergency guidance and numbers at once; the session stays open. */
public final class SafetyHandler implements RequestHandler {

    private final Turns turns;
    private final SafetyAnswer safety;

    public SafetyHandler(Turns turns, SafetyAnswer safety) {
        this.turns = turns;
        this.safety = safety;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("SafetyIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = turns.begin(input);
        return turn.respond(safety.answer(turn));
    }
}
