package org.needsspace.http;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** GET /metrics: {@link ServeMetrics} for a Prometheus scrape. */
final class MetricsEndpoint extends ReadEndpoint {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final ServeMetrics metrics;

    MetricsEndpoint(ServeMetrics metrics, RequestGate gate) {
        super("/metrics", gate);
        this.metrics = metrics;
    }

    @Override
    void answer(Request request, Response response, Callback callback) {
        HttpAnswers.send(request, response, callback, 200, CONTENT_TYPE, metrics.exposition().getBytes(StandardCharsets.UTF_8));
    }
}
