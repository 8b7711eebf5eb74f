package org.needsspace.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/**
 * A GET or HEAD on one path, answered even while the skill's endpoint refuses with 503; another path is 404 and
 * another method 405.
 */
abstract class ReadEndpoint implements HttpHandler {

    private final String path;
    private final RequestGate gate;

    ReadEndpoint(String path, RequestGate gate) {
        this.path = path;
        this.gate = gate;
    }

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            gate.closeConnectionIfStopping(exchange);
            String method = exchange.getRequestMethod();
            if (!exchange.getRequestURI().getPath().equals(path)) {
                Exchanges.sendError(exchange, 404, "Not found");
            } else if (method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("HEAD")) {
                answer(exchange);
            } else {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Exchanges.sendError(exchange, 405, "Use GET");
            }
        }
    }

    /** Sends the answer to a GET or HEAD on the path. */
    abstract void answer(HttpExchange exchange) throws IOException;
}
