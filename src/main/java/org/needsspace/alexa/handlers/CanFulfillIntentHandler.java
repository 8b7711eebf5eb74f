package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import java.util.Optional;
import org.needsspace.alexa.conversation.CanFulfillRules;
import org.needsspace.alexa.requests.AlexaRequests;
import org.needsspace.content.ContentCatalog;

/**
 * Alexa asks whether the skill could answer an intent, without the user having asked for the skill: only
 * {@code canFulfillIntent} is answered (no speech, card or reprompt), and nothing is read or stored.
 */
public final class CanFulfillIntentHandler implements RequestHandler {

    private final ContentCatalog catalog;

    public CanFulfillIntentHandler(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(CanFulfillIntentRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        CanFulfillIntentRequest request = (CanFulfillIntentRequest) input.getRequestEnvelope().getRequest();
        var content = catalog.forLocale(AlexaRequests.locale(input.getRequestEnvelope()).orElse(null));
        return input.getResponseBuilder()
                .withCanFulfillIntent(CanFulfillRules.answer(request.getIntent(), content))
                .build();
    }
}
