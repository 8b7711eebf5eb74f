package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.PermissionAcceptedRequest;
import com.amazon.ask.model.events.skillevents.PermissionChangedRequest;
import com.amazon.ask.model.events.skillevents.SkillEnabledRequest;
import java.util.Optional;
import org.needsspace.alexa.requests.AlexaRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Skill enabled, and the reminders permission granted or changed in the Alexa app: nothing to keep, so the event is
 * acknowledged with an empty response (skill events allow no speech). A revoked permission shows when the reminder
 * API refuses the next call, which asks the user again. SkillDisabled has its own handler, which deletes the
 * user's data.
 */
public final class SkillEventsHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SkillEventsHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(SkillEnabledRequest.class)
                .or(requestType(PermissionAcceptedRequest.class))
                .or(requestType(PermissionChangedRequest.class)));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        LOG.info("Skill event acknowledged; requestId={} type={}", AlexaRequests.requestId(input.getRequestEnvelope()),
                input.getRequestEnvelope().getRequest().getType());
        return input.getResponseBuilder().build();
    }
}
