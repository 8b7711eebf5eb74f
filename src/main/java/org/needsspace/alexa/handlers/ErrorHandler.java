package org.needsspace.alexa.handlers;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.needsspace.alexa.requests.AlexaRequests;
import org.needsspace.alexa.turn.RequestRecord;
import org.needsspace.alexa.turn.Speech;
import org.needsspace.content.ContentCatalog;
import org.needsspace.content.Phrase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception handler: the user hears a short apology and can go on (the session attributes go back as
 * they were when the request failed, so the place is kept); the log gets the request id and the whole stack
 * trace, never the user id.
 */
public final class ErrorHandler implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    private final ContentCatalog catalog;

    public ErrorHandler(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        LOG.error("Request failed; requestId={}", AlexaRequests.requestId(input.getRequestEnvelope()), throwable);
        RequestRecord.noteOutcome(RequestRecord.Outcome.FAILED);
        Request request = input.getRequestEnvelope().getRequest();
        if (!(request instanceof IntentRequest) && !(request instanceof LaunchRequest)) {
            return input.getResponseBuilder().build();
        }
        var content = catalog.forLocale(AlexaRequests.locale(input.getRequestEnvelope()).orElse(null));
        return input.getResponseBuilder()
                .withSpeech(Speech.toSsml(new Speech(content).say(Phrase.ERROR).body()))
                .withReprompt(Speech.toSsml(new Speech(content).say(Phrase.ERROR_REPROMPT).body()))
                .build();
    }
}
