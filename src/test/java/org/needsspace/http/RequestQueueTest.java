package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.util.JacksonSerializer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.domain.Progress;
import org.needsspace.http.verify.RequestVerifier;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.UserKey;
import org.needsspace.skill.SkillFactory;

/** Requests beyond the workers wait in a bounded queue; past it they are refused at once with 503 and Retry-After. */
class RequestQueueTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** A store whose reads wait until the test lets them go: a store that is slow for as long as the test says. */
    private static final class GatedStore implements ProgressStore {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);
        private final InMemoryProgressStore records = new InMemoryProgressStore();

        @Override
        public Optional<Progress> load(UserKey user) {
            entered.countDown();
            try {
                open.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return records.load(user);
        }

        @Override
        public Progress save(UserKey user, Progress progress) {
            return records.save(user, progress);
        }

        @Override
        public void delete(UserKey user) {
            records.delete(user);
        }
    }

    @Test
    void withTheWorkerBusyAndTheQueueFullARequestGets503AtOnceAndTheQueuedOneIsStillAnswered() throws Exception {
        GatedStore store = new GatedStore();
        Turns turns = new Turns(EntryPoints.CATALOG, store, Clock.systemUTC(), Random::new);
        ServeLimits oneWorkerOneWaiting = new ServeLimits(100, 1, 1, Duration.ofSeconds(60), Duration.ofSeconds(2));
        try (SkillHttpServer server = SkillHttpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                SkillFactory.create(turns, EntryPoints.CATALOG, Optional.empty()), RequestVerifier.off(),
                Optional.empty(), oneWorkerOneWaiting)) {
            CompletableFuture<HttpResponse<String>> working = send(server, "amzn1.ask.account.a");
            assertTrue(store.entered.await(30, TimeUnit.SECONDS), "the first request reached the store");
            CompletableFuture<HttpResponse<String>> waiting = send(server, "amzn1.ask.account.b");
            awaitQueued(server);

            HttpResponse<String> refused = send(server, "amzn1.ask.account.c").get(30, TimeUnit.SECONDS);

            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals("2", refused.headers().firstValue("Retry-After").orElse(""));
            store.open.countDown();
            assertEquals(200, working.get(30, TimeUnit.SECONDS).statusCode());
            assertEquals(200, waiting.get(30, TimeUnit.SECONDS).statusCode());
        } finally {
            store.open.countDown();
        }
    }

    private static CompletableFuture<HttpResponse<String>> send(SkillHttpServer server, String user) {
        byte[] launch = new JacksonSerializer().serialize(new LocalRequests(user, LocalRequests.LOCAL_SKILL_ID)
                .launch(LocalRequests.newSessionId())).getBytes(StandardCharsets.UTF_8);
        return CLIENT.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(launch))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitQueued(SkillHttpServer server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!health(server).contains("\"requestsQueued\":1")) {
            assertTrue(System.nanoTime() < deadline, "the second request never queued: " + health(server));
            Thread.onSpinWait();
        }
    }

    private static String health(SkillHttpServer server) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
