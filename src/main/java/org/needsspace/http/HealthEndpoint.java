package org.needsspace.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/**
 * GET /health: 200 while the server runs, for a load balancer or a tunnel's health check, with how busy it is:
 * connections with a request being read or answered (this one included), requests in flight and waiting.
 * It is answered even when the skill's endpoint refuses with 503.
 */
final class HealthEndpoint implements HttpHandler {

    private final IntSupplier busyConnections;
    private final RequestGate gate;

    HealthEndpoint(IntSupplier busyConnections, RequestGate gate) {
        this.busyConnections = busyConnections;
        this.gate = gate;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!exchange.getRequestURI().getPath().equals("/health")) {
                sendError(exchange, 404, "Not found");
            } else if (method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("HEAD")) {
                String status = "{\"status\":\"ok\",\"busyConnections\":" + busyConnections.getAsInt()
                        + ",\"requestsInFlight\":" + gate.inFlight() + ",\"requestsQueued\":" + gate.queued() + "}";
                sendJson(exchange, 200, status.getBytes(StandardCharsets.UTF_8));
            } else {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendError(exchange, 405, "Use GET");
            }
        }
    }

    private void sendJson(HttpExchange exchange, int status, byte[] body) throws IOException {
        gate.closeConnectionIfStopping(exchange);
        Exchanges.sendJson(exchange, status, body);
    }

    private void sendError(HttpExchange exchange, int status, String reason) throws IOException {
        gate.closeConnectionIfStopping(exchange);
        Exchanges.sendError(exchange, status, reason);
    }
}
