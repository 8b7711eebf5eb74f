package org.needsspace.lambda;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.util.JacksonSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.console.SsmlAsText;
import org.needsspace.console.UtteranceMapper;

/**
 * One user talking to a Lambda handler, or to any endpoint that takes request JSON, the way Alexa does: request
 * JSON in, response JSON out, session attributes carried from turn to turn; typed text becomes an intent through
 * the interaction model.
 */
public final class HandlerConversation {

    private static final JacksonSerializer JSON = new JacksonSerializer();
    private static final UtteranceMapper MAPPER = UtteranceMapper.forLocale("en-US");

    private final Function<byte[], String> endpoint;
    private final LocalRequests requests;
    private String sessionId;
    private Map<String, Object> attributes = new HashMap<>();
    private boolean open;
    private Response lastResponse;

    public HandlerConversation(NeedsSpaceStreamHandler handler, String alexaUserId) {
        this(request -> invoke(handler, request), alexaUserId);
    }

    /** @param endpoint takes a request's JSON and returns the response's JSON */
    public HandlerConversation(Function<byte[], String> endpoint, String alexaUserId) {
        this.endpoint = endpoint;
        this.requests = new LocalRequests(alexaUserId, LocalRequests.LOCAL_SKILL_ID);
    }

    /** "Alexa, open ...": a new session; returns what Alexa says, as plain text. */
    public String launch() {
        sessionId = LocalRequests.newSessionId();
        attributes = new HashMap<>();
        return send(requests.launch(sessionId));
    }

    /** Something the user says; outside a session it starts one. */
    public String say(String text) {
        Intent intent = MAPPER.map(text);
        boolean newSession = !open;
        if (newSession) {
            sessionId = LocalRequests.newSessionId();
            attributes = new HashMap<>();
        }
        return send(requests.intent(sessionId, newSession, attributes, intent));
    }

    /** The session ends without the user saying stop (Alexa sends SessionEndedRequest). */
    public void walkAway() {
        if (open) {
            send(requests.sessionEnded(sessionId, attributes, SessionEndedReason.USER_INITIATED));
            open = false;
        }
    }

    public boolean isOpen() {
        return open;
    }

    public Map<String, Object> sessionAttributes() {
        return attributes;
    }

    public Response lastResponse() {
        return lastResponse;
    }

    /** Sends any request JSON (a skill event, say) and returns the raw response JSON. */
    public String sendRaw(String requestJson) {
        return endpoint.apply(requestJson.getBytes(StandardCharsets.UTF_8));
    }

    private String send(RequestEnvelope request) {
        String responseJson = endpoint.apply(JSON.serialize(request).getBytes(StandardCharsets.UTF_8));
        ResponseEnvelope envelope = JSON.deserialize(responseJson, ResponseEnvelope.class);
        lastResponse = envelope.getResponse();
        attributes = envelope.getSessionAttributes() == null ? new HashMap<>() : new HashMap<>(envelope.getSessionAttributes());
        open = lastResponse != null && !Boolean.TRUE.equals(lastResponse.getShouldEndSession())
                && lastResponse.getReprompt() != null;
        return lastResponse != null && lastResponse.getOutputSpeech() instanceof SsmlOutputSpeech speech
                ? SsmlAsText.of(speech.getSsml()) : "";
    }

    private static String invoke(NeedsSpaceStreamHandler handler, byte[] request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(request), out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
