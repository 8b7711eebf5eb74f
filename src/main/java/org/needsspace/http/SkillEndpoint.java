package org.needsspace.http;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.request.impl.BaseSkillRequest;
import com.amazon.ask.response.SkillResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.needsspace.alexa.turn.RequestRecord;
import org.needsspace.http.verify.AlexaRequestFields;
import org.needsspace.http.verify.RequestRejected;
import org.needsspace.http.verify.RequestVerifier;
import org.needsspace.skill.RequestLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /: one Alexa request in, the skill's response out. Before the skill runs, the request must be JSON, within
 * the size limit, signed by Alexa, fresh, complete, and for this skill; otherwise it is refused (4xx with a short
 * JSON error and a log line saying why, never the body) and the skill never sees it.
 */
final class SkillEndpoint extends Handler.Abstract {

    static final int MAX_BODY_BYTES = 128 * 1024;
    private static final long DRAIN_LIMIT_BYTES = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SkillEndpoint.class);

    /** What answers a request: the skill's response, or the reason it is refused. */
    @FunctionalInterface
    private interface Answering {
        byte[] answer() throws RequestRejected, RequestGate.Full, InterruptedException;
    }

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
     * Counts the request in flight from its head on; refuses it at once when it cannot be served; otherwise reads
     * its body as it arrives, holding no thread meanwhile, and only then waits for a worker.
     */
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        gate.arrive();
        try {
            gate.checkConnections();
            checkRoute(request, response);
        } catch (RequestGate.Full | RequestRejected refusal) {
            respond(request, response, callback, start, () -> {
                throw refusal;
            });
            return true;
        }
        RequestBody.read(request, MAX_BODY_BYTES, DRAIN_LIMIT_BYTES, body -> {
            if (body instanceof RequestBody.Read read) {
                respond(request, response, callback, start, () -> answer(read.bytes(), request));
            } else if (body instanceof RequestBody.TooLarge) {
                respond(request, response, callback, start, () -> {
                    throw tooLarge();
                });
            } else if (body instanceof RequestBody.Failed failed) {
                abandon(callback, start, failed.cause());
            }
        });
        return true;
    }

    /**
     * Answers one request, then, once the answer is written, counts it in the metrics by how it was answered and
     * how long that took, and writes its line to the request log.
     */
    private void respond(Request request, Response response, Callback callback, long start, Answering answering) {
        RequestRecord record = RequestRecord.begin();
        int status = 200;
        byte[] body;
        try {
            body = answering.answer();
        } catch (RequestGate.Full full) {
            RequestRecord.noteOutcome(RequestRecord.Outcome.REFUSED);
            LOG.warn("Refused request: 503 {}", full.getMessage());
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Math.max(1, retryAfter.toSeconds()));
            status = 503;
            body = HttpAnswers.error("Busy, try again shortly");
        } catch (InterruptedException e) {
            RequestRecord.noteOutcome(RequestRecord.Outcome.REFUSED);
            Thread.currentThread().interrupt();
            status = 503;
            body = HttpAnswers.error("Stopping");
        } catch (RequestRejected rejected) {
            RequestRecord.noteOutcome(RequestRecord.Outcome.REFUSED);
            LOG.warn("Refused request: {} {}", rejected.status(), rejected.reason());
            status = rejected.status();
            body = HttpAnswers.error(rejected.reason());
        } catch (RuntimeException e) {
            RequestRecord.noteOutcome(RequestRecord.Outcome.FAILED);
            LOG.error("Request failed inside the skill", e);
            status = 500;
            body = HttpAnswers.error("Internal error");
        } finally {
            RequestRecord.end();
        }
        gate.closeConnectionIfStopping(response);
        HttpAnswers.sendJson(request, response, Callback.from(() -> finish(record, start, callback::succeeded),
                failure -> finish(record, start, () -> callback.failed(failure))), status, body);
    }

    /** The body never arrived whole (the client left, or was cut off at the read time limit): nothing to answer. */
    private void abandon(Callback callback, long start, Throwable cause) {
        RequestRecord record = RequestRecord.begin();
        RequestRecord.noteOutcome(RequestRecord.Outcome.REFUSED);
        RequestRecord.end();
        finish(record, start, () -> callback.failed(cause));
    }

    private void finish(RequestRecord record, long start, Runnable complete) {
        long nanos = System.nanoTime() - start;
        metrics.record(record.outcome(), record.store(), nanos);
        boolean coldStart = !answeredARequest.getAndSet(true);
        log.ifPresent(requests -> requests.write(record, nanos / 1_000_000, coldStart));
        gate.leave();
        complete.run();
    }

    private byte[] answer(byte[] body, Request request)
            throws RequestRejected, RequestGate.Full, InterruptedException {
        if (body.length == 0) {
            throw RequestRejected.badRequest("Empty body");
        }
        gate.acquireWorker();
        try {
            return answerWithWorker(body, request);
        } finally {
            gate.release();
        }
    }

    private byte[] answerWithWorker(byte[] body, Request request) throws RequestRejected {
        verifier.checkSignature(request.getHeaders(), body);
        AlexaRequestFields fields = AlexaRequestFields.parse(body);
        verifier.checkTimestamp(fields);
        checkSkillId(fields);
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

    private static void checkRoute(Request request, Response response) throws RequestRejected {
        if (!Request.getPathInContext(request).equals("/")) {
            throw new RequestRejected(404, "Not found");
        }
        if (!HttpMethod.POST.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            throw new RequestRejected(405, "Use POST");
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new RequestRejected(415, "Content-Type must be application/json");
        }
    }

    private static RequestRejected tooLarge() {
        return new RequestRejected(413, "Body larger than " + MAX_BODY_BYTES + " bytes");
    }

    private void checkSkillId(AlexaRequestFields request) throws RequestRejected {
        if (skillId.isPresent() && !skillId.get().equals(request.applicationId())) {
            throw new RequestRejected(403, "Request is for another skill id");
        }
    }
}
