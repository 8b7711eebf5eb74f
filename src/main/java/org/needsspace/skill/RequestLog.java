package org.needsspace.skill;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.needsspace.alexa.turn.RequestRecord.Outcome;
import org.needsspace.alexa.turn.RequestRecord.StoreUse;
import org.needsspace.alexa.turn.RequestRecord;

/**
 * One JSON line per request on standard output, in CloudWatch's Embedded Metric Format: on Lambda, CloudWatch Logs
 * keeps the line and turns its metric fields into metrics, with no agent, SDK call or extra permission; serve mode
 * writes the same line, for whatever collects its output. Dimensions never identify a user: requests are counted by
 * outcome only.
 *
 * <p>Written with Jackson's streaming generator rather than a tree: the first line is written on a cold start, and
 * the tree's serialisation would set up a second object mapper then.
 */
public final class RequestLog {

    public static final String REQUESTS = "Requests";
    public static final String NOT_UNDERSTOOD = "NotUnderstood";
    public static final String SAFETY_ANSWERS = "SafetyAnswers";
    public static final String STORE_FAILURES = "StoreFailures";
    public static final String COLD_STARTS = "ColdStarts";
    public static final String LATENCY = "Latency";
    public static final String OUTCOME = "Outcome";
    public static final List<String> COUNTS = List.of(NOT_UNDERSTOOD, SAFETY_ANSWERS, STORE_FAILURES, COLD_STARTS);

    private static final JsonFactory JSON = new JsonFactory();

    private final PrintStream out;
    private final String namespace;
    private final Clock clock;

    public RequestLog(PrintStream out, String namespace, Clock clock) {
        this.out = out;
        this.namespace = namespace;
        this.clock = clock;
    }

    /** Writes the request's line; a cold start is the first request a process (or restored snapshot) answers. */
    public void write(RequestRecord record, long latencyMillis, boolean coldStart) {
        out.println(line(record, latencyMillis, coldStart));
    }

    String line(RequestRecord record, long latencyMillis, boolean coldStart) {
        StringWriter text = new StringWriter();
        try (JsonGenerator line = JSON.createGenerator(text)) {
            line.writeStartObject();
            line.writeObjectFieldStart("_aws");
            line.writeNumberField("Timestamp", clock.millis());
            line.writeArrayFieldStart("CloudWatchMetrics");
            directive(line, List.of(OUTCOME), List.of(REQUESTS));
            directive(line, List.of(), COUNTS);
            line.writeEndArray();
            line.writeEndObject();

            line.writeStringField(OUTCOME, name(record.outcome()));
            line.writeStringField("requestId", record.requestId());
            line.writeStringField("requestType", record.requestType());
            if (record.intent().isPresent()) {
                line.writeStringField("intent", record.intent().get());
            }
            line.writeStringField("store", name(record.store()));
            line.writeNumberField("latencyMs", latencyMillis);
            line.writeBooleanField("coldStart", coldStart);
            line.writeNumberField(REQUESTS, 1);
            line.writeNumberField(NOT_UNDERSTOOD, record.outcome() == Outcome.NOT_UNDERSTOOD ? 1 : 0);
            line.writeNumberField(SAFETY_ANSWERS, record.outcome() == Outcome.SAFETY ? 1 : 0);
            line.writeNumberField(STORE_FAILURES, record.store() == StoreUse.FAILED ? 1 : 0);
            line.writeNumberField(COLD_STARTS, coldStart ? 1 : 0);
            line.writeNumberField(LATENCY, latencyMillis);
            line.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Metrics split by the given dimensions (none: one series per metric). Latency goes with the counts that have
     * no dimensions.
     */
    private void directive(JsonGenerator line, List<String> dimensions, List<String> counts) throws IOException {
        line.writeStartObject();
        line.writeStringField("Namespace", namespace);
        line.writeArrayFieldStart("Dimensions");
        line.writeStartArray();
        for (String dimension : dimensions) {
            line.writeString(dimension);
        }
        line.writeEndArray();
        line.writeEndArray();
        line.writeArrayFieldStart("Metrics");
        for (String count : counts) {
            metric(line, count, "Count");
        }
        if (dimensions.isEmpty()) {
            metric(line, LATENCY, "Milliseconds");
        }
        line.writeEndArray();
        line.writeEndObject();
    }

    private static void metric(JsonGenerator line, String name, String unit) throws IOException {
        line.writeStartObject();
        line.writeStringField("Name", name);
        line.writeStringField("Unit", unit);
        line.writeEndObject();
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
