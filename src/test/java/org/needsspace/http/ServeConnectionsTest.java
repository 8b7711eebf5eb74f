package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.http.verify.RequestVerifier;
import org.needsspace.progress.FileProgressStore;
import org.needsspace.skill.SkillFactory;

/** Serve mode's connections: kept alive between requests, never a thread for a slow client, cut at the read limit. */
class ServeConnectionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SHORT_READ_TIME = Duration.ofSeconds(1);

    @TempDir
    Path directory;

    private SkillHttpServer start(ServeLimits limits) throws IOException {
        Turns turns = new Turns(EntryPoints.CATALOG, new FileProgressStore(directory.resolve("progress.json")),
                Clock.systemUTC(), Random::new);
        return SkillHttpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                SkillFactory.create(turns, EntryPoints.CATALOG, Optional.of(EntryPoints.SKILL_ID)),
                RequestVerifier.off(), Optional.of(EntryPoints.SKILL_ID), limits);
    }

    @Test
    void oneKeptAliveConnectionCarriesRequestAfterRequest() throws IOException {
        byte[] launch = Catalogue.bytes("launch");
        try (SkillHttpServer server = start(ServeLimits.defaults());
             RawConnection connection = RawConnection.open(server.port())) {
            for (int i = 0; i < 3; i++) {
                connection.send(RawConnection.startOfPost(launch, launch.length));
                RawConnection.Answer answer = connection.read();
                assertEquals(200, answer.status(), answer.body());
                assertFalse("close".equalsIgnoreCase(answer.headers().get("connection")), answer.headers().toString());
            }
            // The client can read an answer a moment before the server has finished with it.
            awaitHealth(server, health -> health.path("busyConnections").asInt() == 1,
                    "the idle kept-alive connection not busy, only the health request's own");
        }
    }

    @Test
    void moreClientsStalledMidBodyThanTheServerHasThreadsHoldNoneOfThem() throws Exception {
        ServeLimits fewThreads = new ServeLimits(1000, 1, 0, Duration.ofSeconds(3), Duration.ofSeconds(1),
                Duration.ofSeconds(120));
        int stalledClients = fewThreads.threads() + 20;
        byte[] launch = Catalogue.bytes("launch");
        List<RawConnection> stalled = new ArrayList<>();
        try (SkillHttpServer server = start(fewThreads)) {
            try {
                for (int i = 0; i < stalledClients; i++) {
                    RawConnection connection = RawConnection.open(server.port());
                    connection.send(RawConnection.startOfPost(launch, launch.length / 2));
                    stalled.add(connection);
                }
                awaitHealth(server, health -> health.path("requestsInFlight").asInt() == stalledClients,
                        stalledClients + " requests waiting for their bodies");

                assertEquals(200, EntryPoints.postJson(server, launch).statusCode());
            } finally {
                for (RawConnection connection : stalled) {
                    connection.close();
                }
            }
        }
    }

    @Test
    void aClientTricklingItsHeadIsCutAtTheReadTimeLimitThoughNeverIdle() throws Exception {
        byte[] launch = Catalogue.bytes("launch");
        assertCutWhileTrickling(RawConnection.startOfPost(launch, launch.length), 0);
    }

    @Test
    void aClientTricklingItsBodyIsCutAtTheReadTimeLimitThoughNeverIdle() throws Exception {
        byte[] launch = Catalogue.bytes("launch");
        byte[] request = RawConnection.startOfPost(launch, launch.length);
        assertCutWhileTrickling(request, request.length - launch.length);
    }

    /**
     * Sends {@code request}: the first {@code atOnce} bytes at once, then one byte every 100 ms, far more often than
     * any idle timeout, and far too slowly to finish before the read time limit.
     */
    private void assertCutWhileTrickling(byte[] request, int atOnce) throws Exception {
        try (SkillHttpServer server = start(ServeLimits.defaults().withReadTime(SHORT_READ_TIME));
             RawConnection connection = RawConnection.open(server.port())) {
            long start = System.nanoTime();
            connection.send(Arrays.copyOf(request, atOnce));
            CompletableFuture<Integer> trickled = CompletableFuture.supplyAsync(() -> {
                int sent = atOnce;
                try {
                    while (sent < request.length) {
                        connection.send(new byte[] {request[sent++]});
                        TimeUnit.MILLISECONDS.sleep(100);
                    }
                } catch (IOException closed) {
                    return sent;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return sent;
            });

            assertTrue(connection.closedByServer(), "the server closed the trickling connection");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < SHORT_READ_TIME.toMillis() + 2_000, "cut after " + millis + " ms");
            assertTrue(trickled.get(30, TimeUnit.SECONDS) < request.length, "the request never arrived whole");
            awaitHealth(server, health -> health.path("requestsInFlight").asInt() == 0
                    && health.path("busyConnections").asInt() == 1, "the cut request gone");
        }
    }

    private static JsonNode health(SkillHttpServer server) throws IOException {
        return JSON.readTree(EntryPoints.get(server, "/health").body().getBytes(StandardCharsets.UTF_8));
    }

    private static void awaitHealth(SkillHttpServer server, Predicate<JsonNode> condition, String what)
            throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonNode health = health(server);
        while (!condition.test(health)) {
            assertTrue(System.nanoTime() < deadline, "never reported " + what + "; last: " + health);
            Thread.onSpinWait();
            health = health(server);
        }
    }
}
