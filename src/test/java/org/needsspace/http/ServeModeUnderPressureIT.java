package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.Intent;
import com.amazon.ask.util.JacksonSerializer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.progress.UserKey;
import org.needsspace.progress.sqlite.SqliteProgressStore;

/**
 * Serve mode (the packaged jar, in its own JVM) against clients that stall mid-request, more clients than it
 * takes, and a stop signal with requests in flight.
 */
class ServeModeUnderPressureIT {

    private static final byte[] HALF_A_HEAD = ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Le").getBytes(StandardCharsets.US_ASCII);
    /** Holds stalled clients for the whole test, so that the read time limit does not free them meanwhile. */
    private static final String[] LONG_READ_LIMIT = {"--read-time-limit", "120"};

    @TempDir
    Path directory;

    private static byte[] headline(String user) {
        LocalRequests requests = new LocalRequests(user, LocalRequests.LOCAL_SKILL_ID);
        return new JacksonSerializer().serialize(requests.intent(LocalRequests.newSessionId(), true, Map.of(),
                Intent.builder().withName("NeedsSpaceIntent").build())).getBytes(StandardCharsets.UTF_8);
    }

    private static String[] with(String[] options, String... more) {
        return Stream.concat(Arrays.stream(options), Arrays.stream(more)).toArray(String[]::new);
    }

    private String database() {
        return directory.resolve("progress.db").toString();
    }

    /** Whether serve mode's database holds the user; read beside the running server, as SQLite's WAL allows. */
    private boolean stored(String userId) {
        try (SqliteProgressStore store = SqliteProgressStore.open(Path.of(database()))) {
            return store.load(UserKey.of(userId)).isPresent();
        }
    }

    private static List<RawConnection> stall(ServeProcess serve, int clients) throws IOException {
        List<RawConnection> stalled = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            RawConnection connection = RawConnection.open(serve.port());
            connection.send(HALF_A_HEAD);
            stalled.add(connection);
        }
        return stalled;
    }

    private static void closeAll(List<RawConnection> connections) throws IOException {
        for (RawConnection connection : connections) {
            connection.close();
        }
    }

    @Test
    void aRequestIsAnsweredWhileTwoHundredClientsHoldConnectionsWithHalfARequestSent() throws Exception {
        try (ServeProcess serve = ServeProcess.start(List.of(), with(LONG_READ_LIMIT, "--database", database()))) {
            assertEquals(200, serve.post(headline("amzn1.ask.account.first"), Duration.ofSeconds(10)).statusCode());
            List<RawConnection> stalled = stall(serve, 200);
            try {
                serve.awaitHealth(health -> health.path("busyConnections").asInt() >= 201, "200 stalled connections");

                long start = System.nanoTime();
                HttpResponse<String> answer = serve.post(headline("amzn1.ask.account.patient"), Duration.ofSeconds(10));
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

                System.out.println("With 200 stalled connections a request was answered in " + millis + " ms");
                assertEquals(200, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains("Step one"), answer.body());
                assertTrue(serve.health().path("busyConnections").asInt() >= 201, "the stalled clients still held on");
            } finally {
                closeAll(stalled);
            }
        }
    }

    @Test
    void clientsThatStallInTheHeadOrTheBodyAreDisconnectedOnceTheReadTimeLimitPasses() throws Exception {
        try (ServeProcess serve = ServeProcess.start(List.of(), "--database", database())) {
            List<RawConnection> stalled = stall(serve, 10);
            byte[] body = headline("amzn1.ask.account.slow-body");
            for (int i = 0; i < 10; i++) {
                RawConnection connection = RawConnection.open(serve.port());
                connection.send(RawConnection.startOfPost(body, body.length / 2));
                stalled.add(connection);
            }
            try {
                serve.awaitHealth(health -> health.path("busyConnections").asInt() >= 21
                        && health.path("requestsInFlight").asInt() == 10, "10 stalled heads and 10 stalled bodies");
                for (RawConnection connection : stalled) {
                    assertTrue(connection.closedByServer(), "closed by the server within the socket timeout");
                }
                serve.awaitHealth(health -> health.path("busyConnections").asInt() == 1
                        && health.path("requestsInFlight").asInt() == 0, "the stalled threads freed");
            } finally {
                closeAll(stalled);
            }
        }
    }

    @Test
    void pastTheConnectionCapARequestIsAnswered503WithRetryAfterAndServedAgainOnceClientsLeave() throws Exception {
        try (ServeProcess serve = ServeProcess.start(List.of(),
                with(LONG_READ_LIMIT, "--database", database(), "--max-connections", "20"))) {
            List<RawConnection> stalled = stall(serve, 20);
            HttpResponse<String> refused;
            try {
                serve.awaitHealth(health -> health.path("busyConnections").asInt() >= 21, "20 stalled connections");
                refused = serve.post(headline("amzn1.ask.account.refused"), Duration.ofSeconds(10));
            } finally {
                closeAll(stalled);
            }
            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));

            serve.awaitHealth(health -> health.path("busyConnections").asInt() == 1, "the stalled clients gone");
            HttpResponse<String> served = serve.post(headline("amzn1.ask.account.served"), Duration.ofSeconds(10));
            assertEquals(200, served.statusCode(), served.body());
            assertTrue(stored("amzn1.ask.account.served"));
            assertFalse(stored("amzn1.ask.account.refused"), "a refused request stores nothing");
        }
    }

    @Test
    void sigtermStopsAcceptingAnswersTheRequestsInFlightWithConnectionCloseAndExitsZero() throws Exception {
        int inFlight = 5;
        List<byte[]> bodies = new ArrayList<>();
        List<RawConnection> connections = new ArrayList<>();
        try (ServeProcess serve = ServeProcess.start(List.of(), with(LONG_READ_LIMIT, "--database", database()))) {
            try {
                try (RawConnection keptAlive = RawConnection.open(serve.port())) {
                    byte[] before = headline("amzn1.ask.account.before-stopping");
                    keptAlive.send(RawConnection.startOfPost(before, before.length));
                    RawConnection.Answer running = keptAlive.read();
                    assertEquals(200, running.status(), running.body());
                    assertFalse("close".equalsIgnoreCase(running.headers().get("connection")),
                            "while running, connections are kept alive: " + running.headers());
                }
                for (int i = 0; i < inFlight; i++) {
                    byte[] body = headline("amzn1.ask.account.stopping-" + i);
                    RawConnection connection = RawConnection.open(serve.port());
                    connection.send(RawConnection.startOfPost(body, body.length / 2));
                    bodies.add(body);
                    connections.add(connection);
                }
                serve.awaitHealth(health -> health.path("requestsInFlight").asInt() == inFlight, "5 requests in flight");

                serve.terminate();
                awaitRefused(serve.port());
                for (int i = 0; i < inFlight; i++) {
                    byte[] body = bodies.get(i);
                    connections.get(i).send(Arrays.copyOfRange(body, body.length / 2, body.length));
                }
                for (RawConnection connection : connections) {
                    RawConnection.Answer answer = connection.read();
                    assertEquals(200, answer.status(), answer.body());
                    assertTrue(answer.body().contains("Step one"), answer.body());
                    assertEquals("close", answer.headers().get("connection"), answer.headers().toString());
                    assertTrue(connection.closedByServer(), "the server closes the connection after the answer");
                }
            } finally {
                closeAll(connections);
            }
            assertEquals(0, serve.awaitExit(Duration.ofSeconds(30)), serve.output());
            assertTrue(serve.output().contains("every request in flight was answered"), serve.output());
            for (int i = 0; i < inFlight; i++) {
                assertTrue(stored("amzn1.ask.account.stopping-" + i), "user " + i + " stored");
            }
        }
    }

    /** After the signal, new connections are refused (while the requests in flight still wait for their bodies). */
    private static void awaitRefused(int port) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (RawConnection probe = RawConnection.open(port)) {
                Thread.onSpinWait();
            } catch (ConnectException refused) {
                return;
            } catch (SocketException resetWhileTheListenerCloses) {
                // A connection caught in the accept queue as the socket closes is reset; the next one is refused.
            }
        }
        throw new AssertionError("serve mode still accepted connections 10 s after SIGTERM");
    }
}
