package org.needsspace.alexa.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.needsspace.alexa.AlexaRequests;
import org.needsspace.alexa.Coach;
import org.needsspace.alexa.Turn;
import org.needsspace.alexa.Turns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registered last: an intent this skill does not know gets the fallback answer; any other request type
 * (one Alexa forbids speech for, or one newer than this code) gets an empty response.
 */
public final class UnhandledRequestHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnhandledRequestHandler.class);

    private final Turns turns;
    private final Coach coach;

    public UnhandledRequestHandler(Turns turns, Coach coach) {
        this.turns = turns;
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        var request = input.getRequestEnvelope().getRequest();
        LOG.info("Unhandled request; requestId={} type={}", AlexaRequests.requestId(input.getRequestEnvelope()),
                request == null ? "none" : request.getType());
        if (request instanceof IntentRequest) {
            Turn turn = turns.begin(input);
            return turn.respond(coach.fallback(turn));
        }
        return input.getResponseBuilder().build();
    }
}
