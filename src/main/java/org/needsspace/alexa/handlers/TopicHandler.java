package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.needsspace.alexa.Coach;
import org.needsspace.alexa.Slots;
import org.needsspace.alexa.Turn;
import org.needsspace.alexa.Turns;

/** "How do I practice active listening?": reads the step or section the Topic slot resolved to. */
public final class TopicHandler implements RequestHandler {

    static final String TOPIC_SLOT = "Topic";

    private final Turns turns;
    private final Coach coach;

    public TopicHandler(Turns turns, Coach coach) {
        this.turns = turns;
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("TopicIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = turns.begin(input);
        return turn.respond(coach.topic(turn, Slots.resolvedId(input, TOPIC_SLOT)));
    }
}
