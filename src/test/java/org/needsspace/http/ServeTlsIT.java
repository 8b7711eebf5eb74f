package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's serve mode on HTTPS: the keystore's password from the environment, a skill request answered. */
class ServeTlsIT {

    @TempDir
    Path directory;

    @Test
    void theShadedJarServesTheSkillOverHttpsAndStopsCleanly() throws Exception {
        TestKeystore keystore = TestKeystore.create(directory);
        List<String> options = new ArrayList<>(keystore.serveOptions("SERVE_TLS_IT_PASSWORD"));
        options.addAll(List.of("--database", directory.resolve("progress.db").toString()));
        try (ServeProcess serve = ServeProcess.start(Map.of("SERVE_TLS_IT_PASSWORD", keystore.password()), List.of(),
                options.toArray(String[]::new))) {
            assertTrue(serve.output().contains("Listening on https://127.0.0.1:" + serve.port() + "/"), serve.output());
            HttpClient client = HttpClient.newBuilder().sslContext(keystore.trustingIt())
                    .connectTimeout(Duration.ofSeconds(5)).build();

            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                            URI.create("https://127.0.0.1:" + serve.port() + "/")).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Catalogue.bytes("launch"))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"outputSpeech\""), answer.body());
            serve.terminate();
            assertEquals(0, serve.awaitExit(Duration.ofSeconds(30)), serve.output());
            assertTrue(serve.output().contains("every request in flight was answered"), serve.output());
        }
    }
}
