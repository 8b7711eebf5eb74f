package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import java.util.Optional;
import org.needsspace.alexa.Coach;
import org.needsspace.alexa.Turn;
import org.needsspace.alexa.Turns;

/**
 * A touch on a screen (APL UserEvent). The skill sends no touchable documents of its own, so any such event
 * gets the spoken menu of what can be said, with the session kept open.
 */
public final class AplUserEventHandler implements RequestHandler {

    private final Turns turns;
    private final Coach coach;

    public AplUserEventHandler(Turns turns, Coach coach) {
        this.turns = turns;
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(UserEvent.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = turns.begin(input);
        return turn.respond(coach.menu(turn));
    }
}
