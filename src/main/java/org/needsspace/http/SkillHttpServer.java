package org.needsspace.http;

import com.amazon.ask.AlexaSkill;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.needsspace.alexa.NewerRequestTypeSkill;

/** The skill as a plain HTTP endpoint (the JDK's server): POST / for Alexa, GET /health. TLS is left to a proxy. */
public final class SkillHttpServer implements AutoCloseable {

    private static final int THREADS = 8;

    private final HttpServer server;
    private final ExecutorService executor;

    private SkillHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts listening at once; port 0 picks a free port (see {@link #port()}). Request types newer than the SDK
     * are answered by {@link NewerRequestTypeSkill}, as in Lambda.
     */
    public static SkillHttpServer start(InetSocketAddress address, AlexaSkill<?, ?> skill, RequestVerifier verifier,
                                        Optional<String> skillId) throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes wait for a delayed ACK every request.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server = HttpServer.create(address, 64);
        List<AlexaSkill<?, ?>> skills = List.of(skill, new NewerRequestTypeSkill(skillId));
        server.createContext("/", new SkillEndpoint(skills, verifier, skillId));
        server.createContext("/health", new HealthEndpoint());
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "skill-http-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new SkillHttpServer(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String host() {
        return server.getAddress().getHostString();
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
