package org.needsspace.skill;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.utils.SubTypesManifest;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs after the skill, for the one case the SDK cannot read: a request type newer than the SDK's model (the
 * SDK returns no response for it, so Lambda would report an error). Such a request, if it is for this skill, gets
 * an empty response, as Alexa expects for requests a skill does not act on. Anything else (a known type, a
 * malformed body, another skill's request) is left unanswered, so the entry point refuses it.
 */
public final class NewerRequestTypeSkill implements AlexaSkill<JsonNode, String> {

    private static final Logger LOG = LoggerFactory.getLogger(NewerRequestTypeSkill.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] EMPTY_RESPONSE = "{\"version\":\"1.0\",\"response\":{}}".getBytes(StandardCharsets.UTF_8);
    private static final Map<String, Class> KNOWN_TYPES = SubTypesManifest.getSubType(Request.class);

    private final Optional<String> skillId;

    public NewerRequestTypeSkill(Optional<String> skillId) {
        this.skillId = skillId.filter(id -> !id.isBlank());
    }

    @Override
    public SkillResponse<String> execute(SkillRequest request, Object context) {
        JsonNode envelope;
        try {
            envelope = JSON.readTree(request.getRawRequest());
        } catch (IOException e) {
            return null;
        }
        if (envelope == null || !envelope.isObject() || !envelope.path("version").isTextual()) {
            return null;
        }
        JsonNode type = envelope.path("request").path("type");
        String applicationId = envelope.path("context").path("System").path("application").path("applicationId").asText("");
        if (!type.isTextual() || type.asText().isBlank() || KNOWN_TYPES.containsKey(type.asText())
                || !envelope.path("request").path("requestId").isTextual()
                || skillId.filter(id -> !id.equals(applicationId)).isPresent()) {
            return null;
        }
        LOG.info("Request type newer than this SDK, answered with an empty response; requestId={} type={}",
                envelope.path("request").path("requestId").asText(), type.asText());
        return new EmptyResponse();
    }

    private static final class EmptyResponse implements SkillResponse<String> {

        @Override
        public boolean isPresent() {
            return true;
        }

        @Override
        public String getResponse() {
            return new String(EMPTY_RESPONSE, StandardCharsets.UTF_8);
        }

        @Override
        public byte[] getRawResponse() {
            return EMPTY_RESPONSE.clone();
        }

        @Override
        public void writeTo(OutputStream out) {
            try {
                out.write(EMPTY_RESPONSE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
