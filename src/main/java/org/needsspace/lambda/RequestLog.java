package org.needsspace.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.needsspace.alexa.RequestRecord;
import org.needsspace.alexa.RequestRecord.Outcome;
import org.needsspace.alexa.RequestRecord.StoreUse;

/**
 * One JSON line per request on standard output, in CloudWatch's Embedded Metric Format: CloudWatch Logs keeps
 * the line and turns its metric fields into metrics, with no agent, SDK call or extra permission. Dimensions
 * never identify a user: requests are counted by outcome only.
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final String namespace;
    private final Clock clock;

    RequestLog(PrintStream out, String namespace, Clock clock) {
        this.out = out;
        this.namespace = namespace;
        this.clock = clock;
    }

    void write(RequestRecord record, long latencyMillis, boolean coldStart) {
        out.println(line(record, latencyMillis, coldStart));
    }

    String line(RequestRecord record, long latencyMillis, boolean coldStart) {
        ObjectNode line = JSON.createObjectNode();
        ObjectNode aws = line.putObject("_aws");
        aws.put("Timestamp", clock.millis());
        ArrayNode directives = aws.putArray("CloudWatchMetrics");
        directive(directives, List.of(OUTCOME)).add(metric(REQUESTS, "Count"));
        ArrayNode unsplit = directive(directives, List.of());
        COUNTS.forEach(name -> unsplit.add(metric(name, "Count")));
        unsplit.add(metric(LATENCY, "Milliseconds"));

        line.put(OUTCOME, name(record.outcome()));
        line.put("requestId", record.requestId());
        line.put("requestType", record.requestType());
        record.intent().ifPresent(intent -> line.put("intent", intent));
        line.put("store", name(record.store()));
        line.put("latencyMs", latencyMillis);
        line.put("coldStart", coldStart);
        line.put(REQUESTS, 1);
        line.put(NOT_UNDERSTOOD, record.outcome() == Outcome.NOT_UNDERSTOOD ? 1 : 0);
        line.put(SAFETY_ANSWERS, record.outcome() == Outcome.SAFETY ? 1 : 0);
        line.put(STORE_FAILURES, record.store() == StoreUse.FAILED ? 1 : 0);
        line.put(COLD_STARTS, coldStart ? 1 : 0);
        line.put(LATENCY, latencyMillis);
        return line.toString();
    }

    /** A metric directive whose metrics are split by the given dimensions (none: one series per metric). */
    private ArrayNode directive(ArrayNode directives, List<String> dimensions) {
        ObjectNode directive = directives.addObject();
        directive.put("Namespace", namespace);
        ArrayNode set = directive.putArray("Dimensions").addArray();
        dimensions.forEach(set::add);
        return directive.putArray("Metrics");
    }

    private static ObjectNode metric(String name, String unit) {
        return JSON.createObjectNode().put("Name", name).put("Unit", unit);
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
