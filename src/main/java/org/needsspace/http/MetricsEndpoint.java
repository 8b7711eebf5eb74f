package org.needsspace.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** GET /metrics: {@link ServeMetrics} for a Prometheus scrape. */
final class MetricsEndpoint extends ReadEndpoint {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final ServeMetrics metrics;

    MetricsEndpoint(ServeMetrics metrics, RequestGate gate) {
        super("/metrics", gate);
        this.metrics = metrics;
    }

    @Override
    void answer(HttpExchange exchange) throws IOException {
        Exchanges.send(exchange, 200, CONTENT_TYPE, metrics.exposition().getBytes(StandardCharsets.UTF_8));
    }
}
