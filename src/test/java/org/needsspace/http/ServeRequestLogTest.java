package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.http.verify.RequestVerifier;
import org.needsspace.progress.FileProgressStore;
import org.needsspace.skill.RequestLog;
import org.needsspace.skill.SkillFactory;

/** Serve mode leaves the same request line as Lambda for every request, refused ones included, and no user in it. */
class ServeRequestLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void everyRequestLeavesOneLineInTheEmbeddedMetricFormat() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        RequestLog log = new RequestLog(new PrintStream(written, true, StandardCharsets.UTF_8), "TestNamespace",
                Clock.systemUTC());
        Turns turns = new Turns(EntryPoints.CATALOG, new FileProgressStore(temp.resolve("progress.json")),
                Clock.systemUTC(), Random::new);
        try (SkillHttpServer server = SkillHttpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                SkillFactory.create(turns, EntryPoints.CATALOG, Optional.of(EntryPoints.SKILL_ID)), RequestVerifier.off(),
                Optional.of(EntryPoints.SKILL_ID), ServeLimits.defaults(), Optional.of(log))) {
            assertEquals(200, EntryPoints.postJson(server, catalogue("launch")).statusCode());
            assertEquals(400, EntryPoints.postJson(server, "{not json".getBytes(StandardCharsets.UTF_8)).statusCode());
        }

        List<String> lines = written.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        JsonNode launch = JSON.readTree(lines.get(0));
        JsonNode refused = JSON.readTree(lines.get(1));
        assertEquals("TestNamespace", launch.at("/_aws/CloudWatchMetrics/0/Namespace").asText());
        assertEquals("answered", launch.path("Outcome").asText());
        assertEquals("LaunchRequest", launch.path("requestType").asText());
        assertEquals(1, launch.path("ColdStarts").asInt());
        assertEquals("refused", refused.path("Outcome").asText());
        assertEquals(0, refused.path("ColdStarts").asInt());
        assertFalse(lines.toString().contains("amzn1.ask.account"), "no user id: " + lines);
    }

    private static byte[] catalogue(String name) throws IOException {
        try (InputStream in = ServeRequestLogTest.class.getResourceAsStream("/catalogue/" + name + ".json")) {
            return in.readAllBytes();
        }
    }
}
