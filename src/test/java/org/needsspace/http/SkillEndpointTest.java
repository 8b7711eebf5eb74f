package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.alexa.AlexaResponseValidator;
import org.needsspace.http.verify.AlexaSignatureVerifier;
import org.needsspace.http.verify.RequestVerifier;
import org.needsspace.http.verify.TestCertificates;
import org.needsspace.http.verify.TimestampVerifier;

/** Serve mode over real HTTP with verification on, against a certificate chain the test made. */
class SkillEndpointTest {

    private static final String CHAIN_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem";
    private static final TestCertificates CERTIFICATES = TestCertificates.valid();

    @TempDir
    Path directory;

    private SkillHttpServer server;
    private Path progressFile;

    @BeforeEach
    void start() {
        Clock clock = Clock.systemUTC();
        RequestVerifier verifier = RequestVerifier.alexa(
                new AlexaSignatureVerifier(CERTIFICATES.trustAnchors(), url -> CERTIFICATES.chain(), clock),
                new TimestampVerifier(clock));
        progressFile = directory.resolve("progress.json");
        server = EntryPoints.serve(progressFile, verifier);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersASignedFreshRequest() throws IOException {
        byte[] body = fresh("launch", Instant.now());
        HttpResponse<String> response = EntryPoints.post(server, body, signed(body, CHAIN_URL));
        assertEquals(200, response.statusCode(), response.body());
        AlexaResponseValidator.assertValid("LaunchRequest", response.body());
        assertTrue(Files.exists(progressFile), "the launch was recorded");
    }

    @Test
    void answersASignedSkillEventUpToAnHourLate() {
        byte[] body = fresh("skill-event-enabled", Instant.now().minusSeconds(50 * 60));
        assertEquals(200, EntryPoints.post(server, body, signed(body, CHAIN_URL)).statusCode());
    }

    @Test
    void refusesUnsignedTamperedStaleAndWronglyLocatedRequestsAndStoresNothing() {
        byte[] body = fresh("intent-go-to-step", Instant.now());
        Map<String, String> unsigned = Map.of("Content-Type", "application/json");
        assertRefused(400, EntryPoints.post(server, body, unsigned));

        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("\"3\"", "\"5\"").getBytes(StandardCharsets.UTF_8);
        assertRefused(400, EntryPoints.post(server, tampered, signed(body, CHAIN_URL)));

        byte[] stale = fresh("intent-go-to-step", Instant.now().minusSeconds(151));
        assertRefused(400, EntryPoints.post(server, stale, signed(stale, CHAIN_URL)));

        for (String url : new String[] {"http://s3.amazonaws.com/echo.api/echo-api-cert-12.pem",
                "https://example.com/echo.api/echo-api-cert-12.pem",
                "https://s3.amazonaws.com/other.path/echo-api-cert-12.pem",
                "https://s3.amazonaws.com:8443/echo.api/echo-api-cert-12.pem"}) {
            assertRefused(400, EntryPoints.post(server, body, signed(body, url)));
        }
        assertFalse(Files.exists(progressFile), "a refused request changes nothing stored");
    }

    @Test
    void refusesBadInputWithAShortJsonErrorAndStoresNothing() {
        assertRefused(415, EntryPoints.post(server, bytes("{}"), Map.of("Content-Type", "text/plain")));
        assertRefused(415, EntryPoints.post(server, bytes("{}"), Map.of()));
        assertRefused(413, EntryPoints.postJson(server, new byte[SkillEndpoint.MAX_BODY_BYTES + 1]));
        RequestVerifier off = RequestVerifier.off();
        server.close();
        server = EntryPoints.serve(progressFile, off);
        assertRefused(400, EntryPoints.postJson(server, bytes("{\"version\": \"1.0\", \"request\": ")));
        assertRefused(400, EntryPoints.postJson(server, new byte[0]));
        assertRefused(400, EntryPoints.postJson(server, bytes("[1, 2, 3]")));
        assertRefused(400, EntryPoints.postJson(server, bytes("[".repeat(10_000))));
        for (String field : new String[] {"version", "request", "context"}) {
            ObjectNode request = (ObjectNode) Catalogue.request("launch");
            request.remove(field);
            assertRefused(400, EntryPoints.postJson(server, bytes(request.toString())));
        }
        for (String field : new String[] {"type", "requestId", "timestamp"}) {
            ObjectNode request = (ObjectNode) Catalogue.request("launch");
            ((ObjectNode) request.get("request")).remove(field);
            assertRefused(400, EntryPoints.postJson(server, bytes(request.toString())));
        }
        ObjectNode noIntent = (ObjectNode) Catalogue.request("intent-go-to-step");
        ((ObjectNode) noIntent.get("request")).remove("intent");
        assertRefused(400, EntryPoints.postJson(server, bytes(noIntent.toString())));
        ObjectNode wrongType = (ObjectNode) Catalogue.request("intent-go-to-step");
        wrongType.put("session", 42);
        assertRefused(400, EntryPoints.postJson(server, bytes(wrongType.toString())));
        assertRefused(403, EntryPoints.postJson(server, Catalogue.bytes("refused-other-skill-id")));
        assertFalse(Files.exists(progressFile), "a refused request changes nothing stored");
    }

    @Test
    void answersHealthAndOnlyPostOnTheRoot() {
        assertEquals(200, EntryPoints.get(server, "/health").statusCode());
        assertEquals(405, EntryPoints.get(server, "/").statusCode());
        assertEquals(404, EntryPoints.get(server, "/elsewhere").statusCode());
    }

    @Test
    void theSameCertificateIsFetchedOnceForManyRequests() {
        int[] fetches = {0};
        server.close();
        Clock clock = Clock.systemUTC();
        server = EntryPoints.serve(progressFile, RequestVerifier.alexa(new AlexaSignatureVerifier(
                CERTIFICATES.trustAnchors(), url -> {
                    fetches[0]++;
                    return CERTIFICATES.chain();
                }, clock), new TimestampVerifier(clock)));
        for (int i = 0; i < 3; i++) {
            byte[] body = fresh("intent-list-steps", Instant.now());
            assertEquals(200, EntryPoints.post(server, body, signed(body, CHAIN_URL)).statusCode());
        }
        assertEquals(1, fetches[0]);
    }

    private static void assertRefused(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("{\"error\":"), response.body());
        assertTrue(response.body().length() < 200, "the error is short");
    }

    /** A catalogue request with its timestamp set, as Alexa would send it now. */
    private static byte[] fresh(String name, Instant timestamp) {
        ObjectNode request = (ObjectNode) Catalogue.request(name);
        ((ObjectNode) request.get("request")).put("timestamp", timestamp.toString());
        return bytes(request.toString());
    }

    private static Map<String, String> signed(byte[] body, String chainUrl) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Signature-256", CERTIFICATES.signatureOf(body));
        headers.put("SignatureCertChainUrl", chainUrl);
        return headers;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
