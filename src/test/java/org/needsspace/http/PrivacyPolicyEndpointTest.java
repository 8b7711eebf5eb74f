package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Serve mode's GET /privacy gives the privacy policy of docs/privacy.md, which the jar carries word for word. */
class PrivacyPolicyEndpointTest extends UnsignedServeMode {

    private static final Path POLICY = Path.of("docs/privacy.md");

    @Test
    void theJarCarriesDocsPrivacyMdWordForWord() throws IOException {
        try (InputStream bundled = PrivacyPolicyEndpoint.class.getResourceAsStream(PrivacyPolicyEndpoint.RESOURCE)) {
            assertNotNull(bundled, PrivacyPolicyEndpoint.RESOURCE);
            assertArrayEquals(Files.readAllBytes(POLICY), bundled.readAllBytes(),
                    "copy docs/privacy.md to src/main/resources" + PrivacyPolicyEndpoint.RESOURCE);
        }
    }

    @Test
    void getPrivacyAnswersThePolicyAsText() throws IOException {
        HttpResponse<String> response = EntryPoints.get(server, "/privacy");

        assertEquals(200, response.statusCode());
        assertEquals("text/plain;charset=UTF-8", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(Files.readString(POLICY), response.body());
    }

    @Test
    void onlyGetAndHeadOnThatPath() throws Exception {
        assertEquals(200, send("HEAD", "/privacy").statusCode());
        HttpResponse<String> post = send("POST", "/privacy");
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
        assertEquals(404, EntryPoints.get(server, "/privacy/policy.md").statusCode());
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
