package org.needsspace.http;

import com.amazon.ask.AlexaSkill;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.needsspace.skill.NewerRequestTypeSkill;
import org.needsspace.skill.RequestLog;

/**
 * The skill as a plain HTTP endpoint (the JDK's server): POST / for Alexa, GET /health, GET /metrics (Prometheus),
 * GET /privacy (the privacy policy). TLS is left to a proxy.
 * Clients that stall cannot starve the others: see {@link ServeLimits}, {@link JdkServerSettings}.
 */
public final class SkillHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ConnectionThreads connections;
    private final RequestGate gate;

    private SkillHttpServer(HttpServer server, ConnectionThreads connections, RequestGate gate) {
        this.server = server;
        this.connections = connections;
        this.gate = gate;
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
        JdkServerSettings.applyUnlessSet();
        HttpServer server = HttpServer.create(address, 128);
        ConnectionThreads connections = new ConnectionThreads(limits.connectionThreads());
        RequestGate gate = new RequestGate(limits, connections::busy);
        List<AlexaSkill<?, ?>> skills = List.of(skill, new NewerRequestTypeSkill(skillId));
        ServeMetrics metrics = new ServeMetrics(gate::inFlight, gate::queued);
        server.createContext("/", new SkillEndpoint(skills, verifier, skillId, gate, limits.retryAfter(), metrics,
                log));
        server.createContext("/health", new HealthEndpoint(connections::busy, gate));
        server.createContext("/metrics", new MetricsEndpoint(metrics, gate));
        server.createContext("/privacy", new PrivacyPolicyEndpoint(gate));
        server.setExecutor(connections);
        server.start();
        return new SkillHttpServer(server, connections, gate);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String host() {
        return server.getAddress().getHostString();
    }

    /**
     * Stops accepting connections at once, then waits (at most {@code grace}) until every request already being
     * answered has its answer written, each with {@code Connection: close}. Connections still open then are closed.
     *
     * @return true when every request in flight was answered
     */
    public boolean stopGracefully(Duration grace) throws InterruptedException {
        gate.beginStopping();
        // The JDK server's stop closes the listening socket at once, then waits for exchanges; on JDK 17 it
        // waits the whole delay when none ends meanwhile, so the requests in flight are awaited here instead.
        Thread stopper = new Thread(() -> server.stop((int) Math.max(1, grace.toSeconds())), "skill-http-stop");
        stopper.setDaemon(true);
        stopper.start();
        boolean answered = gate.awaitNoneInFlight(grace);
        connections.shutdown();
        return answered;
    }

    @Override
    public void close() {
        server.stop(0);
        connections.shutdown();
    }
}
