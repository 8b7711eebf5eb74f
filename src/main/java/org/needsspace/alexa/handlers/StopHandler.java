package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.needsspace.alexa.Reply;
import org.needsspace.alexa.Turn;
import org.needsspace.alexa.Turns;
import org.needsspace.content.Phrase;

/** Stop and Cancel: a short goodbye; the place was saved as it moved, and is saved now if a save is owed. */
public final class StopHandler implements RequestHandler {

    private final Turns turns;

    public StopHandler(Turns turns) {
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("AMAZON.StopIntent").or(intentName("AMAZON.CancelIntent")));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = turns.begin(input);
        return turn.respond(Reply.tell(turn.speech().say(Phrase.GOODBYE)));
    }
}
