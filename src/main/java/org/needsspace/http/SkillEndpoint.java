package org.needsspace.http;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.request.impl.BaseSkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.needsspace.alexa.turn.RequestRecord;
import org.needsspace.skill.RequestLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /: one Alexa request in, the skill's response out. Before the skill runs, the request must be JSON, within
 * the size limit, signed by Alexa, fresh, complete, and for this skill; otherwise it is refused (4xx with a short
 * JSON error and a log line saying why, never the body) and the skill never sees it.
 */
final class SkillEndpoint implements HttpHandler {

    static final int MAX_BODY_BYTES = 128 * 1024;
    private static final long DRAIN_LIMIT_BYTES = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SkillEndpoint.class);

    private final List<AlexaSkill<?, ?>> skills;
    private final RequestVerifier verifier;
    private final Optional<String> skillId;
    private final RequestGate gate;
    private final Duration retryAfter;
    private final ServeMetrics metrics;
    private final Optional<RequestLog> log;
    private final AtomicBoolean answeredARequest = new AtomicBoolean();

    /**
     * @param skills tried in order, as the SDK's Lambda handler does: the first with a response answers
     * @param log    where each request's line goes, as on Lambda
     */
    SkillEndpoint(List<AlexaSkill<?, ?>> skills, RequestVerifier verifier, Optional<String> skillId,
                  RequestGate gate, Duration retryAfter, ServeMetrics metrics, Optional<RequestLog> log) {
        this.skills = List.copyOf(skills);
        this.verifier = verifier;
        this.skillId = skillId.filter(id -> !id.isBlank());
        this.gate = gate;
        this.retryAfter = retryAfter;
        this.metrics = metrics;
        this.log = log;
    }

    /**
     * Answers one request, counts it in the metrics by how it was answered and how long that took, and writes its
     * line to the request log.
     */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        gate.arrive();
        RequestRecord record = RequestRecord.begin();
        try (exchange) {
            try {
                gate.checkConnections();
                sendJson(exchange, 200, answer(exchange));
            } catch (RequestGate.Full full) {
                RequestRecord.noteOutcome(RequestRecord.Outcome.REFUSED);
                LOG.warn("Refused request: 503 {}", full.getMessage());
                exchange.getResponseHeaders().set("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
                sendError(exchange, 503, "Busy, try again shortly");
            } catch (InterruptedException e) {
                RequestRecord.noteOutcome(RequestRecord.Outcome.REFUSED);
                Thread.currentThread().interrupt();
                sendError(exchange, 503, "Stopping");
            } catch (RequestRejected rejected) {
                RequestRecord.noteOutcome(RequestRecord.Outcome.REFUSED);
                LOG.warn("Refused request: {} {}", rejected.status(), rejected.reason());
                sendError(exchange, rejected.status(), rejected.reason());
            } catch (RuntimeException e) {
                RequestRecord.noteOutcome(RequestRecord.Outcome.FAILED);
                LOG.error("Request failed inside the skill", e);
                sendError(exchange, 500, "Internal error");
            }
        } finally {
            RequestRecord.end();
            long nanos = System.nanoTime() - start;
            metrics.record(record.outcome(), record.store(), nanos);
            boolean coldStart = !answeredARequest.getAndSet(true);
            log.ifPresent(requests -> requests.write(record, nanos / 1_000_000, coldStart));
            gate.leave();
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

    /** The body is read before a worker is taken, so a client that sends it slowly holds no worker. */
    private byte[] answer(HttpExchange exchange)
            throws RequestRejected, RequestGate.Full, InterruptedException, IOException {
        checkRoute(exchange);
        byte[] body = readBody(exchange);
        gate.acquireWorker();
        try {
            return answer(body, exchange);
        } finally {
            gate.release();
        }
    }

    private byte[] answer(byte[] body, HttpExchange exchange) throws RequestRejected {
        verifier.checkSignature(exchange.getRequestHeaders(), body);
        AlexaRequestFields request = AlexaRequestFields.parse(body);
        verifier.checkTimestamp(request);
        checkSkillId(request);
        for (AlexaSkill<?, ?> skill : skills) {
            SkillResponse<?> response;
            try {
                response = skill.execute(new BaseSkillRequest(body), null);
            } catch (AskSdkException e) {
                throw new RequestRejected(400, "Not a readable Alexa request: " + e.getMessage(), e);
            }
            if (response != null && response.isPresent()) {
                return response.getRawResponse();
            }
        }
        throw RequestRejected.badRequest("Not a readable Alexa request");
    }

    private static void checkRoute(HttpExchange exchange) throws RequestRejected {
        if (!exchange.getRequestURI().getPath().equals("/")) {
            throw new RequestRejected(404, "Not found");
        }
        if (!exchange.getRequestMethod().equalsIgnoreCase("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            throw new RequestRejected(405, "Use POST");
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new RequestRejected(415, "Content-Type must be application/json");
        }
    }

    private static byte[] readBody(HttpExchange exchange) throws RequestRejected, IOException {
        // Not closed here: closing an unread request body makes the JDK server drop the answer; the exchange
        // closes it after the answer is sent.
        InputStream in = exchange.getRequestBody();
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declaredLength(declared) > MAX_BODY_BYTES) {
            throw tooLarge(in);
        }
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge(in);
        }
        if (body.length == 0) {
            throw RequestRejected.badRequest("Empty body");
        }
        return body;
    }

    private static long declaredLength(String declared) throws RequestRejected {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw RequestRejected.badRequest("Content-Length is not a number");
        }
    }

    /**
     * Reads and drops the rest of an oversized body (up to a cap), so the client, still sending, gets the 413
     * rather than a reset connection; past the cap the connection is dropped when the exchange closes.
     */
    private static RequestRejected tooLarge(InputStream in) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long dropped = 0;
        int read;
        while (dropped < DRAIN_LIMIT_BYTES && (read = in.read(buffer)) != -1) {
            dropped += read;
        }
        return new RequestRejected(413, "Body larger than " + MAX_BODY_BYTES + " bytes");
    }

    private void checkSkillId(AlexaRequestFields request) throws RequestRejected {
        if (skillId.isPresent() && !skillId.get().equals(request.applicationId())) {
            throw new RequestRejected(403, "Request is for another skill id");
        }
    }

}
