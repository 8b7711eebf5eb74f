package org.needsspace.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * GET /privacy: the skill's privacy policy as plain text (docs/privacy.md, carried in the jar), so that a
 * self-hosted skill can give its own address as the manifest's privacyPolicyUrl.
 */
final class PrivacyPolicyEndpoint extends ReadEndpoint {

    static final String RESOURCE = "/privacy/privacy-policy.md";
    private static final String TEXT = "text/plain;charset=UTF-8";

    private final byte[] policy;

    PrivacyPolicyEndpoint(RequestGate gate) {
        super("/privacy", gate);
        this.policy = load();
    }

    @Override
    void answer(Request request, Response response, Callback callback) {
        HttpAnswers.send(request, response, callback, 200, TEXT, policy);
    }

    private static byte[] load() {
        try (InputStream in = PrivacyPolicyEndpoint.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
