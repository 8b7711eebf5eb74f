package org.needsspace.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** GET /health: 200 while the server runs, for a load balancer or a tunnel's health check. */
final class HealthEndpoint implements HttpHandler {

    private static final byte[] OK = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!exchange.getRequestURI().getPath().equals("/health")) {
                Exchanges.sendError(exchange, 404, "Not found");
            } else if (method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("HEAD")) {
                Exchanges.sendJson(exchange, 200, OK);
            } else {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Exchanges.sendError(exchange, 405, "Use GET");
            }
        }
    }
}
