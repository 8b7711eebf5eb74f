package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import java.util.Optional;
import java.util.function.Function;
import org.needsspace.alexa.Reply;
import org.needsspace.alexa.Turn;
import org.needsspace.alexa.Turns;

/**
 * An intent whose answer needs nothing from the request but the turn itself ("next", "help", "where was I"):
 * one domain call, named where the handler is registered in {@code SkillFactory}.
 */
public final class IntentAnswerHandler implements RequestHandler {

    private final String intentName;
    private final Turns turns;
    private final Function<Turn, Reply> answer;

    public IntentAnswerHandler(String intentName, Turns turns, Function<Turn, Reply> answer) {
        this.intentName = intentName;
        this.turns = turns;
        this.answer = answer;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(intentName));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = turns.begin(input);
        return turn.respond(answer.apply(turn));
    }

    @Override
    public String toString() {
        return "IntentAnswerHandler[" + intentName + "]";
    }
}
