package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.SessionEndedRequest;
import java.util.Optional;
import org.needsspace.alexa.requests.AlexaRequests;
import org.needsspace.alexa.turn.Reply;
import org.needsspace.alexa.turn.Turns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The session ended: no speech (Alexa allows none); a save still owed is made; an ERROR is logged. */
public final class SessionEndedHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEndedHandler.class);

    private final Turns turns;

    public SessionEndedHandler(Turns turns) {
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(SessionEndedRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        SessionEndedRequest request = (SessionEndedRequest) input.getRequestEnvelope().getRequest();
        if (request.getReason() == SessionEndedReason.ERROR && request.getError() != null) {
            LOG.error("Session ended with an error; requestId={} type={} message={}",
                    AlexaRequests.requestId(input.getRequestEnvelope()),
                    request.getError().getType(), request.getError().getMessage());
        }
        return turns.begin(input).respond(Reply.silent());
    }
}
