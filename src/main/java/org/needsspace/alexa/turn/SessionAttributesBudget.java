package org.needsspace.alexa.turn;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import com.amazon.ask.util.impl.ObjectMapperFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.needsspace.alexa.requests.AlexaRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK echoes the request's session attributes into the response. The skill's own attributes stay far below
 * {@link #MAX_CHARS}; attributes larger than that did not come from this skill, and would push the response past
 * Alexa's size limit, so they are cleared (the user's place is kept in the store).
 */
public final class SessionAttributesBudget implements ResponseInterceptor {

    static final int MAX_CHARS = 32 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SessionAttributesBudget.class);
    /** The mapper the SDK writes the response with: the serializers it builds for the check are the ones it reuses. */
    private static final ObjectMapper JSON = ObjectMapperFactory.getMapper();

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        if (input.getRequestEnvelope().getSession() == null) {
            return; // skill events and System.ExceptionEncountered come without a session
        }
        Map<String, Object> attributes = input.getAttributesManager().getSessionAttributes();
        if (attributes == null || attributes.isEmpty()) {
            return;
        }
        int size;
        try {
            size = JSON.writeValueAsString(attributes).length();
        } catch (JsonProcessingException e) {
            size = Integer.MAX_VALUE;
        }
        if (size > MAX_CHARS) {
            LOG.warn("Session attributes of {} characters cleared; requestId={}", size,
                    AlexaRequests.requestId(input.getRequestEnvelope()));
            attributes.clear();
        }
    }
}
