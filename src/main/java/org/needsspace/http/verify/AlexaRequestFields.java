package org.needsspace.http.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The envelope fields the endpoint checks before the skill runs: a request body missing any of them is refused
 * with 400 and never reaches the skill (so nothing stored changes).
 *
 * @param applicationId from {@code context.System.application}, the field Alexa documents for the skill id
 */
public record AlexaRequestFields(String type, String requestId, Instant timestamp, String applicationId) {

    /** Real envelopes nest about ten levels; deeper bodies are refused before any recursive parser sees them. */
    static final int MAX_NESTING = 64;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static AlexaRequestFields parse(byte[] body) throws RequestRejected {
        if (nestingDepth(body) > MAX_NESTING) {
            throw RequestRejected.badRequest("Body nests deeper than " + MAX_NESTING + " levels");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw RequestRejected.badRequest("Body is not valid JSON");
        } catch (IOException e) {
            throw RequestRejected.badRequest("Body cannot be read as JSON");
        }
        if (root == null || !root.isObject()) {
            throw RequestRejected.badRequest("Body is not a JSON object");
        }
        requireText(root.path("version"), "version");
        JsonNode request = root.path("request");
        if (!request.isObject()) {
            throw RequestRejected.badRequest("request missing");
        }
        String type = requireText(request.path("type"), "request.type");
        if (type.equals("IntentRequest") || type.equals("CanFulfillIntentRequest")) {
            requireText(request.path("intent").path("name"), "request.intent.name");
        }
        return new AlexaRequestFields(type,
                requireText(request.path("requestId"), "request.requestId"),
                timestamp(request.path("timestamp")),
                requireText(root.path("context").path("System").path("application").path("applicationId"),
                        "context.System.application.applicationId"));
    }

    private static String requireText(JsonNode node, String name) throws RequestRejected {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw RequestRejected.badRequest(name + " missing");
        }
        return node.asText();
    }

    private static Instant timestamp(JsonNode node) throws RequestRejected {
        String text = requireText(node, "request.timestamp");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw RequestRejected.badRequest("request.timestamp is not an ISO 8601 time");
        }
    }

    /** The deepest nesting of objects and arrays, outside strings. */
    static int nestingDepth(byte[] json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : json) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return deepest;
    }
}
