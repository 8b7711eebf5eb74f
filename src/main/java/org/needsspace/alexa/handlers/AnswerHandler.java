package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.needsspace.alexa.turn.Reply;
import org.needsspace.alexa.turn.Turn;
import org.needsspace.alexa.turn.Turns;

/**
 * A request answered by one conversational call ("next" → {@code coach::next}): the handler opens the turn,
 * makes the call, and lets the turn store and render the reply. Which call answers which request is listed in
 * {@code SkillFactory}.
 */
public final class AnswerHandler implements RequestHandler {

    private final String name;
    private final Optional<String> intentName;
    private final Predicate<HandlerInput> when;
    private final Turns turns;
    private final Function<Turn, Reply> answer;

    public AnswerHandler(String name, Predicate<HandlerInput> when, Turns turns, Function<Turn, Reply> answer) {
        this(name, Optional.empty(), when, turns, answer);
    }

    private AnswerHandler(String name, Optional<String> intentName, Predicate<HandlerInput> when, Turns turns,
            Function<Turn, Reply> answer) {
        this.name = name;
        this.intentName = intentName;
        this.when = when;
        this.turns = turns;
        this.answer = answer;
    }

    public static AnswerHandler forIntent(String intentName, Turns turns, Function<Turn, Reply> answer) {
        return new AnswerHandler(intentName, Optional.of(intentName), Predicates.intentName(intentName), turns, answer);
    }

    public static AnswerHandler forRequest(Class<? extends Request> type, Turns turns, Function<Turn, Reply> answer) {
        return new AnswerHandler(type.getSimpleName(), requestType(type), turns, answer);
    }

    /** The intent this handler answers, when it answers exactly one. */
    public Optional<String> intentName() {
        return intentName;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(when);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = turns.begin(input);
        return turn.respond(answer.apply(turn));
    }

    @Override
    public String toString() {
        return "AnswerHandler[" + name + "]";
    }
}
