package org.needsspace.alexa.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.needsspace.alexa.conversation.FreeTextAnswer;
import org.needsspace.alexa.requests.AlexaRequests;
import org.needsspace.alexa.turn.Turn;
import org.needsspace.alexa.turn.Turns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registered last: an intent this skill does not know gets the not-understood answer; any other request type
 * (one Alexa forbids speech for, or one newer than this code) gets an empty response.
 */
public final class UnhandledRequestHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnhandledRequestHandler.class);

    private final Turns turns;
    private final FreeTextAnswer freeText;

    public UnhandledRequestHandler(Turns turns, FreeTextAnswer freeText) {
        this.turns = turns;
        this.freeText = freeText;
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
            return turn.respond(freeText.notUnderstood(turn));
        }
        return input.getResponseBuilder().build();
    }
}
