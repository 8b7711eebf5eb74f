package org.needsspace.http;

import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * GET /health: 200 while the server runs, for a load balancer or a tunnel's health check, with how busy it is:
 * connections with a request being read or answered (this one included), requests in flight and waiting.
 * It is answered even when the skill's endpoint refuses with 503.
 */
final class HealthEndpoint extends ReadEndpoint {

    private final IntSupplier busyConnections;

    HealthEndpoint(IntSupplier busyConnections, RequestGate gate) {
        super("/health", gate);
        this.busyConnections = busyConnections;
    }

    @Override
    void answer(Request request, Response response, Callback callback) {
        String status = "{\"status\":\"ok\",\"busyConnections\":" + busyConnections.getAsInt()
                + ",\"requestsInFlight\":" + gate().inFlight() + ",\"requestsQueued\":" + gate().queued() + "}";
        HttpAnswers.sendJson(request, response, callback, 200, status.getBytes(StandardCharsets.UTF_8));
    }
}
