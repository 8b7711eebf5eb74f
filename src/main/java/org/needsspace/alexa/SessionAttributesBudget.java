package org.needsspace.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
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
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        if (input.getRequestEnvelope().getSession() == null) {
            return; // skill events and System.ExceptionEncountered come without a session
        }
        Map<String, Object> attributes = input.getAttributesManager().getSessionAttributes();
        if (attributes == null || attributes.isEmpty()) {
            return;
        }
        if (jsonLengthAtMost(attributes) <= MAX_CHARS) {
            return; // the usual case, decided without writing the JSON
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

    /**
     * An upper bound of the JSON length of {@code value}, at most {@code MAX_CHARS + 1}: every string character
     * counted as a six-character escape, every number as 32 characters; values of any other type count as too large.
     */
    static long jsonLengthAtMost(Object value) {
        long over = MAX_CHARS + 1L;
        if (value == null || value instanceof Boolean) {
            return 5;
        }
        if (value instanceof String text) {
            return Math.min(over, 2 + 6L * text.length());
        }
        if (value instanceof Number) {
            return 32;
        }
        long total = 2;
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                total += 2 + jsonLengthAtMost(String.valueOf(entry.getKey())) + jsonLengthAtMost(entry.getValue());
                if (total > MAX_CHARS) {
                    return over;
                }
            }
            return total;
        }
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                total += 1 + jsonLengthAtMost(item);
                if (total > MAX_CHARS) {
                    return over;
                }
            }
            return total;
        }
        return over;
    }
}
