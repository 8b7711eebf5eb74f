package org.needsspace.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** GET /metrics: {@link ServeMetrics} for a Prometheus scrape. Answered even when the skill's endpoint refuses. */
final class MetricsEndpoint implements HttpHandler {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final ServeMetrics metrics;
    private final RequestGate gate;

    MetricsEndpoint(ServeMetrics metrics, RequestGate gate) {
        this.metrics = metrics;
        this.gate = gate;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            gate.closeConnectionIfStopping(exchange);
            String method = exchange.getRequestMethod();
            if (!exchange.getRequestURI().getPath().equals("/metrics")) {
                Exchanges.sendError(exchange, 404, "Not found");
            } else if (method.equalsIgnoreCase("GET")) {
                Exchanges.send(exchange, 200, CONTENT_TYPE, metrics.exposition().getBytes(StandardCharsets.UTF_8));
            } else {
                exchange.getResponseHeaders().set("Allow", "GET");
                Exchanges.sendError(exchange, 405, "Use GET");
            }
        }
    }
}
