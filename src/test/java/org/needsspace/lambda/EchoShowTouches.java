package org.needsspace.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One user's touches on an Echo Show through a Lambda handler: real UserEvent JSON (an Echo Show's context, with
 * Alexa.Presentation.APL) carrying the SendEvent arguments, the session attributes carried from turn to turn.
 */
public final class EchoShowTouches {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NeedsSpaceStreamHandler handler;
    private final ObjectNode template;
    private JsonNode attributes = JSON.createObjectNode();
    private int lastResponseBytes;

    public EchoShowTouches(NeedsSpaceStreamHandler handler, String userId) {
        this.handler = handler;
        try (InputStream in = EchoShowTouches.class.getResourceAsStream("/envelopes/apl-user-event-next.json")) {
            template = (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ((ObjectNode) template.path("session").path("user")).put("userId", userId);
        ((ObjectNode) template.at("/context/System/user")).put("userId", userId);
        ((ObjectNode) template.path("session")).set("attributes", attributes);
    }

    /** Touches what sends these SendEvent arguments; returns the whole response envelope. */
    public JsonNode touch(Object... arguments) {
        ObjectNode request = template.deepCopy();
        ((ObjectNode) request.path("session")).set("attributes", attributes);
        ArrayNode sent = ((ObjectNode) request.path("request")).putArray("arguments");
        for (Object argument : arguments) {
            sent.add(JSON.valueToTree(argument));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(request)), out, null);
            lastResponseBytes = out.size();
            JsonNode envelope = JSON.readTree(out.toByteArray());
            attributes = envelope.path("sessionAttributes");
            return envelope;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of the last response as Alexa receives it (UTF-8 JSON). */
    public int lastResponseBytes() {
        return lastResponseBytes;
    }
}
