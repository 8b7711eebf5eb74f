package org.needsspace.http;

import com.amazon.ask.AlexaSkill;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.needsspace.http.verify.AlexaSignatureVerifier;
import org.needsspace.http.verify.HttpsCertificateFetcher;
import org.needsspace.http.verify.RequestVerifier;
import org.needsspace.http.verify.TimestampVerifier;
import org.needsspace.skill.RequestLog;

/** Runs the HTTP endpoint until the process is told to stop (SIGTERM or SIGINT), then stops gracefully. */
public final class ServeMode {

    private static final Duration CERTIFICATE_TIMEOUT = Duration.ofSeconds(2);
    /** Longer than Alexa waits for an answer: whatever is in flight has been given up on by then. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private ServeMode() {
    }

    /**
     * Serves until the process is told to stop (SIGTERM, as systemd, Docker and Kubernetes send, or SIGINT); then
     * stops accepting, answers what is in flight (at most {@link #STOP_GRACE}), closes {@code resources} (the
     * progress store) and exits 0, or 1 when the store did not close cleanly. Never returns normally.
     */
    public static int run(ServeOptions options, AlexaSkill<?, ?> skill, String storeDescription,
                          AutoCloseable resources, PrintStream out) throws IOException, InterruptedException {
        RequestVerifier verifier = verifierFor(options, out);
        SkillHttpServer server = SkillHttpServer.start(new InetSocketAddress(options.host(), options.port()),
                skill, verifier, options.skillId(), options.limits(),
                Optional.of(new RequestLog(out, options.metricsNamespace(), Clock.systemUTC())), options.tls());
        // The JVM runs shutdown hooks on these signals and then exits with 128 + the signal's number; the hook
        // sets the status itself, since a stop that answered everything is a clean one.
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> Runtime.getRuntime().halt(stop(server, resources, out)), "serve-mode-stop"));
        out.println(storeDescription);
        out.println(options.skillId().map(id -> "Answering requests for skill " + id)
                .orElse("No skill id configured (--skill-id or SKILL_ID): requests for any skill are answered"));
        out.println("Listening on " + server.scheme() + "://" + server.host() + ":" + server.port()
                + "/ (health: /health, metrics: /metrics, privacy policy: /privacy)");
        out.flush();
        new CountDownLatch(1).await();
        throw new IllegalStateException("serve mode ends only through its shutdown hook");
    }

    private static int stop(SkillHttpServer server, AutoCloseable resources, PrintStream out) {
        out.println("Stopping: no new connections; answering the requests in flight");
        out.flush();
        boolean answered;
        try {
            answered = server.stopGracefully(STOP_GRACE);
        } catch (InterruptedException e) {
            answered = false;
        }
        try {
            resources.close();
        } catch (Exception e) {
            out.println("The progress store did not close cleanly: " + e);
            out.flush();
            return 1;
        }
        out.println(answered ? "Stopped; every request in flight was answered"
                : "Stopped; requests still in flight after " + STOP_GRACE.toSeconds() + " s were cut off");
        out.flush();
        return 0;
    }

    static RequestVerifier verifierFor(ServeOptions options, PrintStream out) {
        if (!options.signatureCheck()) {
            String line = "*".repeat(78);
            out.println(line);
            out.println("WARNING: --no-signature-check: request signatures and timestamps are NOT verified.");
            out.println("Anyone who can reach this port can act as Alexa. For local testing only; never expose it.");
            out.println(line);
            return RequestVerifier.off();
        }
        Clock clock = Clock.systemUTC();
        return RequestVerifier.alexa(
                new AlexaSignatureVerifier(AlexaSignatureVerifier.jdkTrustAnchors(),
                        new HttpsCertificateFetcher(CERTIFICATE_TIMEOUT), clock),
                new TimestampVerifier(clock));
    }
}
