package org.needsspace.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * GET /privacy: the skill's privacy policy as plain text (docs/privacy.md, carried in the jar), so that a
 * self-hosted skill can give its own address as the manifest's privacyPolicyUrl.
 */
final class PrivacyPolicyEndpoint implements HttpHandler {

    static final String RESOURCE = "/privacy/privacy-policy.md";
    private static final String TEXT = "text/plain;charset=UTF-8";

    private final byte[] policy;
    private final RequestGate gate;

    PrivacyPolicyEndpoint(RequestGate gate) {
        this.policy = load();
        this.gate = gate;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            gate.closeConnectionIfStopping(exchange);
            String method = exchange.getRequestMethod();
            if (!exchange.getRequestURI().getPath().equals("/privacy")) {
                Exchanges.sendError(exchange, 404, "Not found");
            } else if (method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("HEAD")) {
                Exchanges.send(exchange, 200, TEXT, policy);
            } else {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Exchanges.sendError(exchange, 405, "Use GET");
            }
        }
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
