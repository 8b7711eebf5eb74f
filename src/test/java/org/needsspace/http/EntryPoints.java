package org.needsspace.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.content.ContentCatalog;
import org.needsspace.http.verify.RequestVerifier;
import org.needsspace.lambda.NeedsSpaceStreamHandler;
import org.needsspace.progress.FileProgressStore;
import org.needsspace.progress.ProgressStore;
import org.needsspace.skill.SkillConfiguration;
import org.needsspace.skill.SkillFactory;

/** The two ways a request reaches the skill in tests: the Lambda handler, and serve mode over real HTTP. */
final class EntryPoints {

    static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-00000000c0de";
    static final ContentCatalog CATALOG = ContentCatalog.loadAll();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private EntryPoints() {
    }

    static NeedsSpaceStreamHandler lambda(ProgressStore store) {
        return new NeedsSpaceStreamHandler(new SkillConfiguration(Optional.of(SKILL_ID), Optional.empty()), CATALOG, store);
    }

    /** The Lambda handler's answer, or the exception it throws. */
    static String invokeLambda(NeedsSpaceStreamHandler handler, byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(body), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    static SkillHttpServer serve(Path progressFile, RequestVerifier verifier) {
        Turns turns = new Turns(CATALOG, new FileProgressStore(progressFile), Clock.systemUTC(), Random::new);
        try {
            return SkillHttpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    SkillFactory.create(turns, CATALOG, Optional.of(SKILL_ID)), verifier, Optional.of(SKILL_ID));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<String> post(SkillHttpServer server, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> postJson(SkillHttpServer server, byte[] body) {
        return post(server, body, Map.of("Content-Type", "application/json; charset=utf-8"));
    }

    static HttpResponse<String> get(SkillHttpServer server, String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
