package org.needsspace.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.exception.AskSdkException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.needsspace.TestContent;
import org.needsspace.domain.Progress;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import org.needsspace.skill.RequestLog;
import org.needsspace.skill.SkillConfiguration;

/** The request log line the Lambda function writes: what CloudWatch reads as metrics, and what it must never hold. */
class RequestLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555";
    private static final String USER_ID = "amzn1.ask.account.AEXAMPLEUSERIDFORENVELOPETESTS";
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();

    private NeedsSpaceStreamHandler handler(ProgressStore store) {
        SkillConfiguration configuration = SkillConfiguration.from(Map.of(SkillConfiguration.SKILL_ID, SKILL_ID,
                SkillConfiguration.METRICS_NAMESPACE, "test-stack"));
        return new NeedsSpaceStreamHandler(configuration, TestContent.CATALOG, store, new RequestLog(
                new PrintStream(logged, true, StandardCharsets.UTF_8), "test-stack", Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @Test
    void eachRequestLeavesOneLineInTheEmbeddedMetricFormat() throws IOException {
        NeedsSpaceStreamHandler handler = handler(new InMemoryProgressStore());
        handle(handler, fixture("launch.json"));

        JsonNode line = onlyLine();
        JsonNode aws = line.path("_aws");
        assertEquals(NOW.toEpochMilli(), aws.path("Timestamp").asLong());
        JsonNode byOutcome = aws.path("CloudWatchMetrics").get(0);
        assertEquals("test-stack", byOutcome.path("Namespace").asText());
        assertEquals("[[\"Outcome\"]]", byOutcome.path("Dimensions").toString());
        assertEquals("Requests", byOutcome.path("Metrics").get(0).path("Name").asText());
        JsonNode unsplit = aws.path("CloudWatchMetrics").get(1);
        assertEquals("[[]]", unsplit.path("Dimensions").toString());
        List<String> names = new ArrayList<>();
        unsplit.path("Metrics").forEach(metric -> names.add(metric.path("Name").asText()));
        assertEquals(List.of("NotUnderstood", "SafetyAnswers", "StoreFailures", "ColdStarts", "Latency"), names);
        for (String name : names) {
            assertTrue(line.path(name).isNumber(), name + " has a value on the line");
        }
        assertEquals("answered", line.path("Outcome").asText());
        assertEquals("LaunchRequest", line.path("requestType").asText());
        assertEquals("amzn1.echo-api.request.envelope-launchrequest", line.path("requestId").asText());
        assertEquals("ok", line.path("store").asText());
        assertEquals(1, line.path("Requests").asInt());
        assertTrue(line.path("latencyMs").asLong() >= 0);
    }

    @Test
    void theFirstRequestOfAnInstanceIsItsColdStart() throws IOException {
        NeedsSpaceStreamHandler handler = handler(new InMemoryProgressStore());
        handle(handler, fixture("launch.json"));
        handle(handler, fixture("launch.json"));

        List<JsonNode> lines = lines();
        assertEquals(List.of(1, 0), List.of(lines.get(0).path("ColdStarts").asInt(), lines.get(1).path("ColdStarts").asInt()));
        assertTrue(lines.get(0).path("coldStart").asBoolean());
    }

    @Test
    void dangerInTheUsersWordsCountsAsASafetyAnswerAndNeitherTheWordsNorTheUserAreLogged() throws IOException {
        handle(handler(new InMemoryProgressStore()), fixture("intent-free-text-danger.json"));

        JsonNode line = onlyLine();
        assertEquals("safety", line.path("Outcome").asText());
        assertEquals(1, line.path("SafetyAnswers").asInt());
        assertEquals("FreeTextIntent", line.path("intent").asText());
        String text = logged.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("alive"), "what the user said is never logged: " + text);
        assertFalse(text.contains(USER_ID), "the user id is never logged");
        assertFalse(text.contains(UserKey.of(USER_ID).value()), "nor its hash");
    }

    @Test
    void anIntentTheSkillDoesNotKnowCountsAsNotUnderstood() throws IOException {
        ObjectNode request = fixture("launch.json");
        ((ObjectNode) request.path("request")).put("type", "IntentRequest")
                .putObject("intent").put("name", "OrderPizzaIntent");
        handle(handler(new InMemoryProgressStore()), request);

        JsonNode line = onlyLine();
        assertEquals("not-understood", line.path("Outcome").asText());
        assertEquals(1, line.path("NotUnderstood").asInt());
    }

    @Test
    void aStoreThatFailsIsCountedAndTheUserStillGetsAnAnswer() throws IOException {
        ProgressStore unreachable = storeThatThrows(new ProgressStoreException("unreachable"));
        handle(handler(unreachable), fixture("launch.json"));

        JsonNode line = onlyLine();
        assertEquals("answered", line.path("Outcome").asText());
        assertEquals("failed", line.path("store").asText());
        assertEquals(1, line.path("StoreFailures").asInt());
    }

    @Test
    void aFailureInsideTheSkillIsCountedAsFailed() throws IOException {
        ProgressStore broken = storeThatThrows(new IllegalStateException("a bug, not an outage"));
        handle(handler(broken), fixture("launch.json"));

        assertEquals("failed", onlyLine().path("Outcome").asText());
    }

    @Test
    void aRefusedRequestIsStillLoggedAndStillRefused() throws IOException {
        NeedsSpaceStreamHandler handler = handler(new InMemoryProgressStore());
        assertThrows(AskSdkException.class, () -> handler.handleRequest(
                RequestLogTest.class.getResourceAsStream("/envelopes/other-skill.json"), new ByteArrayOutputStream(), null));

        assertEquals("refused", onlyLine().path("Outcome").asText());
    }

    private static ProgressStore storeThatThrows(RuntimeException failure) {
        return new ProgressStore() {
            @Override
            public Optional<Progress> load(UserKey user) {
                throw failure;
            }

            @Override
            public Progress save(UserKey user, Progress progress) {
                throw failure;
            }

            @Override
            public void delete(UserKey user) {
                throw failure;
            }
        };
    }

    private static void handle(NeedsSpaceStreamHandler handler, JsonNode request) throws IOException {
        handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(request)), new ByteArrayOutputStream(), null);
    }

    private static ObjectNode fixture(String name) throws IOException {
        try (InputStream in = RequestLogTest.class.getResourceAsStream("/envelopes/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : logged.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private JsonNode onlyLine() throws IOException {
        List<JsonNode> lines = lines();
        assertEquals(1, lines.size(), "one line per request: " + lines);
        return lines.get(0);
    }
}
