package org.needsspace.http;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import org.needsspace.alexa.turn.RequestRecord;

/**
 * What serve mode has answered since it started, in the Prometheus text exposition format (served at GET /metrics):
 * requests by outcome, store failures, answer time as a histogram, and how busy the server is now. The same
 * figures Lambda writes per request to CloudWatch; like them, nothing here identifies a user or what was said.
 */
final class ServeMetrics {

    /** Upper bounds of the answer-time buckets, in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    private final Map<RequestRecord.Outcome, LongAdder> requests = new EnumMap<>(RequestRecord.Outcome.class);
    private final LongAdder storeFailures = new LongAdder();
    private final LongAdder[] inBucket = new LongAdder[BUCKETS.length];
    private final LongAdder answered = new LongAdder();
    private final LongAdder totalMicros = new LongAdder();
    private final IntSupplier inFlight;
    private final IntSupplier queued;

    ServeMetrics(IntSupplier inFlight, IntSupplier queued) {
        this.inFlight = inFlight;
        this.queued = queued;
        for (RequestRecord.Outcome outcome : RequestRecord.Outcome.values()) {
            requests.put(outcome, new LongAdder());
        }
        for (int i = 0; i < BUCKETS.length; i++) {
            inBucket[i] = new LongAdder();
        }
    }

    /** Counts one request: how it was answered, whether the store failed, how long it took. */
    void record(RequestRecord.Outcome outcome, RequestRecord.StoreUse store, long nanos) {
        requests.get(outcome).increment();
        if (store == RequestRecord.StoreUse.FAILED) {
            storeFailures.increment();
        }
        double seconds = nanos / 1e9;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                inBucket[i].increment();
                break;
            }
        }
        answered.increment();
        totalMicros.add(nanos / 1_000);
    }

    String exposition() {
        StringBuilder text = new StringBuilder();
        text.append("# HELP needs_space_requests_total Requests answered, by how they were answered.\n")
                .append("# TYPE needs_space_requests_total counter\n");
        requests.forEach((outcome, count) -> text.append("needs_space_requests_total{outcome=\"")
                .append(outcome.name().toLowerCase(Locale.ROOT)).append("\"} ").append(count.sum()).append('\n'));
        text.append("# HELP needs_space_store_failures_total Requests during which the progress store failed.\n")
                .append("# TYPE needs_space_store_failures_total counter\n")
                .append("needs_space_store_failures_total ").append(storeFailures.sum()).append('\n');
        text.append("# HELP needs_space_request_duration_seconds Time from a request's arrival to its answer.\n")
                .append("# TYPE needs_space_request_duration_seconds histogram\n");
        long cumulative = 0;
        for (int i = 0; i < BUCKETS.length; i++) {
            cumulative += inBucket[i].sum();
            text.append("needs_space_request_duration_seconds_bucket{le=\"").append(BUCKETS[i]).append("\"} ")
                    .append(cumulative).append('\n');
        }
        long count = answered.sum();
        text.append("needs_space_request_duration_seconds_bucket{le=\"+Inf\"} ").append(count).append('\n')
                .append("needs_space_request_duration_seconds_sum ")
                .append(String.format(Locale.ROOT, "%.6f", totalMicros.sum() / 1e6)).append('\n')
                .append("needs_space_request_duration_seconds_count ").append(count).append('\n');
        text.append("# HELP needs_space_requests_in_flight Requests being answered now.\n")
                .append("# TYPE needs_space_requests_in_flight gauge\n")
                .append("needs_space_requests_in_flight ").append(inFlight.getAsInt()).append('\n');
        text.append("# HELP needs_space_requests_queued Requests waiting for a worker now.\n")
                .append("# TYPE needs_space_requests_queued gauge\n")
                .append("needs_space_requests_queued ").append(queued.getAsInt()).append('\n');
        return text.toString();
    }
}
