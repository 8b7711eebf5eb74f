package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.system.ExceptionEncounteredRequest;
import java.util.Optional;
import org.needsspace.alexa.requests.AlexaRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alexa could not use a directive of an earlier response: the error is logged, and the answer is empty
 * (Alexa allows no speech, card or reprompt here).
 */
public final class ExceptionEncounteredHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionEncounteredHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(ExceptionEncounteredRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ExceptionEncounteredRequest request = (ExceptionEncounteredRequest) input.getRequestEnvelope().getRequest();
        LOG.error("Alexa reported an error with an earlier response; requestId={} type={} message={} causeRequestId={}",
                AlexaRequests.requestId(input.getRequestEnvelope()),
                request.getError() == null ? "none" : request.getError().getTypeAsString(),
                request.getError() == null ? "none" : request.getError().getMessage(),
                request.getCause() == null ? "none" : request.getCause().getRequestId());
        return input.getResponseBuilder().build();
    }
}
