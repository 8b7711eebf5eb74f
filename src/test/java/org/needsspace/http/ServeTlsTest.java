package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.alexa.AlexaResponseValidator;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.http.verify.RequestVerifier;
import org.needsspace.progress.FileProgressStore;
import org.needsspace.skill.SkillFactory;

/** With --keystore, serve mode itself speaks HTTPS on its port, and nothing else. */
class ServeTlsTest {

    private static final String PASSWORD_VARIABLE = "SERVE_TLS_TEST_PASSWORD";

    @TempDir
    Path directory;
    private TestKeystore keystore;
    private Path progressFile;
    private SkillHttpServer server;

    @BeforeEach
    void startOnHttps() throws Exception {
        keystore = TestKeystore.create(directory);
        ServeOptions options = ServeOptions.parse(keystore.serveOptions(PASSWORD_VARIABLE),
                Map.of(PASSWORD_VARIABLE, keystore.password()));
        progressFile = directory.resolve("progress.json");
        Turns turns = new Turns(EntryPoints.CATALOG, new FileProgressStore(progressFile), Clock.systemUTC(),
                Random::new);
        server = SkillHttpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                SkillFactory.create(turns, EntryPoints.CATALOG, Optional.of(EntryPoints.SKILL_ID)),
                RequestVerifier.off(), Optional.of(EntryPoints.SKILL_ID), ServeLimits.defaults(), Optional.empty(),
                options.tls());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anHttpsRequestIsAnsweredByTheSkill() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(keystore.trustingIt())
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("https://127.0.0.1:" + server.port() + "/"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(launch())).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals("https", server.scheme());
        assertEquals(200, response.statusCode(), response.body());
        AlexaResponseValidator.assertValid("LaunchRequest", response.body());
        assertTrue(Files.exists(progressFile), "the launch was recorded");
    }

    @Test
    void aPlainHttpRequestToTheHttpsPortIsNotServed() throws IOException {
        byte[] body = launch().getBytes(StandardCharsets.UTF_8);
        String reply;
        try (RawConnection plain = RawConnection.open(server.port())) {
            plain.send(RawConnection.startOfPost(body, body.length));
            reply = plain.readUntilClosed();
        }

        assertFalse(reply.startsWith("HTTP/"), "answered as HTTP: " + reply);
        assertFalse(Files.exists(progressFile), "the skill never saw the request");
    }

    private static String launch() {
        ObjectNode request = (ObjectNode) Catalogue.request("launch");
        return request.toString();
    }
}
