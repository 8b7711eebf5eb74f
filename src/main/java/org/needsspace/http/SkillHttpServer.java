package org.needsspace.http;

import com.amazon.ask.AlexaSkill;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.needsspace.http.verify.RequestVerifier;
import org.needsspace.skill.NewerRequestTypeSkill;
import org.needsspace.skill.RequestLog;

/**
 * The skill as an HTTP endpoint on Jetty: POST / for Alexa, GET /health, GET /metrics (Prometheus), GET /privacy
 * (the privacy policy); over TLS when given a keystore. Clients that stall cannot starve the others: see
 * {@link ServeLimits} and {@link ServeConnector}.
 */
public final class SkillHttpServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final RequestGate gate;
    private final boolean tls;

    private SkillHttpServer(Server server, ServerConnector connector, RequestGate gate, boolean tls) {
        this.server = server;
        this.connector = connector;
        this.gate = gate;
        this.tls = tls;
    }

    public static SkillHttpServer start(InetSocketAddress address, AlexaSkill<?, ?> skill, RequestVerifier verifier,
                                        Optional<String> skillId) throws IOException {
        return start(address, skill, verifier, skillId, ServeLimits.defaults());
    }

    /**
     * Starts listening at once; port 0 picks a free port (see {@link #port()}). Request types newer than the SDK
     * are answered by {@link NewerRequestTypeSkill}, as in Lambda.
     */
    public static SkillHttpServer start(InetSocketAddress address, AlexaSkill<?, ?> skill, RequestVerifier verifier,
                                        Optional<String> skillId, ServeLimits limits) throws IOException {
        return start(address, skill, verifier, skillId, limits, Optional.empty());
    }

    /** As above, writing each request's line to {@code log}, as the Lambda handler does. */
    public static SkillHttpServer start(InetSocketAddress address, AlexaSkill<?, ?> skill, RequestVerifier verifier,
                                        Optional<String> skillId, ServeLimits limits, Optional<RequestLog> log)
            throws IOException {
        return start(address, skill, verifier, skillId, limits, log, Optional.empty());
    }

    /** As above, on HTTPS when {@code tls} is given. */
    public static SkillHttpServer start(InetSocketAddress address, AlexaSkill<?, ?> skill, RequestVerifier verifier,
                                        Optional<String> skillId, ServeLimits limits, Optional<RequestLog> log,
                                        Optional<ServeTls> tls) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(limits.threads());
        threads.setName("skill-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        ServerConnector connector = ServeConnector.create(server, address, limits, tls);
        BusyConnections busyConnections = new BusyConnections(connector);
        RequestGate gate = new RequestGate(limits, busyConnections);
        ServeMetrics metrics = new ServeMetrics(gate::inFlight, gate::queued);
        List<AlexaSkill<?, ?>> skills = List.of(skill, new NewerRequestTypeSkill(skillId));
        server.setHandler(new GracefulHandler(new ServeRoutes(List.of(
                new HealthEndpoint(busyConnections, gate),
                new MetricsEndpoint(metrics, gate),
                new PrivacyPolicyEndpoint(gate)),
                new SkillEndpoint(skills, verifier, skillId, gate, limits.retryAfter(), metrics, log))));
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("Serve mode's server did not start: " + e.getMessage(), e);
        }
        return new SkillHttpServer(server, connector, gate, tls.isPresent());
    }

    public int port() {
        return connector.getLocalPort();
    }

    public String host() {
        return connector.getHost();
    }

    /** "https" when serving over TLS, otherwise "http". */
    public String scheme() {
        return tls ? "https" : "http";
    }

    /**
     * Stops accepting connections at once, then waits (at most {@code grace}) until every request already being
     * answered has its answer written, each with {@code Connection: close}. Connections still open then are closed.
     *
     * @return true when every request in flight was answered
     */
    public boolean stopGracefully(Duration grace) throws InterruptedException {
        gate.beginStopping();
        server.setStopTimeout(grace.toMillis());
        Thread stopper = new Thread(() -> stopQuietly(server), "skill-http-stop");
        stopper.setDaemon(true);
        stopper.start();
        boolean answered = gate.awaitNoneInFlight(grace);
        stopper.join(grace.toMillis());
        return answered;
    }

    @Override
    public void close() {
        server.setStopTimeout(0);
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping ends every connection whatever fails; there is nothing left to answer.
        }
    }
}
