package org.needsspace.http;

import com.amazon.ask.AlexaSkill;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** Runs the HTTP endpoint until the process is stopped. */
public final class ServeMode {

    private static final Duration CERTIFICATE_TIMEOUT = Duration.ofSeconds(2);

    private ServeMode() {
    }

    public static int run(ServeOptions options, AlexaSkill<?, ?> skill, String storeDescription, PrintStream out)
            throws IOException, InterruptedException {
        RequestVerifier verifier = verifierFor(options, out);
        SkillHttpServer server = SkillHttpServer.start(new InetSocketAddress(options.host(), options.port()),
                skill, verifier, options.skillId());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "skill-http-shutdown"));
        out.println(storeDescription);
        out.println(options.skillId().map(id -> "Answering requests for skill " + id)
                .orElse("No skill id configured (--skill-id or SKILL_ID): requests for any skill are answered"));
        out.println("Listening on http://" + server.host() + ":" + server.port() + "/ (health: /health)");
        out.flush();
        stopped.await();
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
