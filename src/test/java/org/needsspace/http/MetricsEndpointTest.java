package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Serve mode's GET /metrics counts what it answered, in the Prometheus text format, and never names a user. */
class MetricsEndpointTest extends UnsignedServeMode {

    @Test
    void requestsAreCountedByHowTheyWereAnsweredAndTimed() throws IOException {
        String before = EntryPoints.get(server, "/metrics").body();
        assertTrue(before.contains("needs_space_requests_total{outcome=\"answered\"} 0\n"), before);
        assertTrue(before.contains("needs_space_request_duration_seconds_count 0\n"), before);

        assertEquals(200, EntryPoints.postJson(server, catalogue("launch")).statusCode());
        assertEquals(400, EntryPoints.postJson(server, "{not json".getBytes(StandardCharsets.UTF_8)).statusCode());
        HttpResponse<String> metrics = EntryPoints.get(server, "/metrics");

        assertEquals(200, metrics.statusCode());
        assertEquals(MetricsEndpoint.CONTENT_TYPE, metrics.headers().firstValue("Content-Type").orElse(""));
        String text = metrics.body();
        assertTrue(text.contains("needs_space_requests_total{outcome=\"answered\"} 1\n"), text);
        assertTrue(text.contains("needs_space_requests_total{outcome=\"refused\"} 1\n"), text);
        assertTrue(text.contains("needs_space_request_duration_seconds_bucket{le=\"+Inf\"} 2\n"), text);
        assertTrue(text.contains("needs_space_request_duration_seconds_count 2\n"), text);
        assertTrue(text.contains("needs_space_store_failures_total 0\n"), text);
        assertTrue(text.contains("# TYPE needs_space_request_duration_seconds histogram\n"), text);
        assertFalse(text.contains("CATALOGUEUSER") || text.contains("amzn1."), "no user or skill id: " + text);
    }

    @Test
    void onlyGetOnTheMetricsPath() throws Exception {
        assertEquals(404, EntryPoints.get(server, "/metrics/more").statusCode());
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
        assertEquals(405, refused.statusCode());
        assertEquals("GET, HEAD", refused.headers().firstValue("Allow").orElse(""));
    }

    private static byte[] catalogue(String name) throws IOException {
        try (InputStream in = MetricsEndpointTest.class.getResourceAsStream("/catalogue/" + name + ".json")) {
            return in.readAllBytes();
        }
    }
}
