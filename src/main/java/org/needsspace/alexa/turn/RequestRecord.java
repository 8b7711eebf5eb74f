package org.needsspace.alexa.turn;

import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import java.util.Optional;
import org.needsspace.alexa.requests.AlexaRequests;

/**
 * What one request did, for the operator: its type and intent, how it was answered, whether the store worked.
 * Never who asked or what they said.
 *
 * <p>An entry point that reports requests {@link #begin}s a record on its thread before the skill runs and
 * {@link #end}s it after; the skill's parts note what happened through the static methods, which do nothing
 * when no record was begun. The record is bound to the thread because the SDK gives the entry point no other
 * way to reach what happened inside the request (it works like a logging framework's diagnostic context).
 */
public final class RequestRecord {

    /** How the request was answered. The first outcome noted wins, except that a failure overrides all. */
    public enum Outcome {
        ANSWERED, NOT_UNDERSTOOD, SAFETY, SILENT, FAILED, REFUSED
    }

    /** What the progress store did during the request; a failure is never overwritten by a later success. */
    public enum StoreUse {
        NONE, OK, FAILED
    }

    private static final ThreadLocal<RequestRecord> CURRENT = new ThreadLocal<>();

    private String requestId = "unknown";
    private String requestType = "unknown";
    private String intent;
    private Outcome outcome;
    private StoreUse store = StoreUse.NONE;

    private RequestRecord() {
    }

    public static RequestRecord begin() {
        RequestRecord record = new RequestRecord();
        CURRENT.set(record);
        return record;
    }

    public static void end() {
        CURRENT.remove();
    }

    public static void noteRequest(RequestEnvelope envelope) {
        RequestRecord record = CURRENT.get();
        if (record == null || envelope == null || envelope.getRequest() == null) {
            return;
        }
        Request request = envelope.getRequest();
        record.requestId = AlexaRequests.requestId(envelope);
        record.requestType = request.getType();
        if (request instanceof IntentRequest intentRequest && intentRequest.getIntent() != null) {
            record.intent = intentRequest.getIntent().getName();
        } else if (request instanceof CanFulfillIntentRequest canFulfill && canFulfill.getIntent() != null) {
            record.intent = canFulfill.getIntent().getName();
        }
    }

    public static void noteOutcome(Outcome outcome) {
        RequestRecord record = CURRENT.get();
        if (record != null && (record.outcome == null || outcome == Outcome.FAILED)) {
            record.outcome = outcome;
        }
    }

    public static void noteStore(boolean worked) {
        RequestRecord record = CURRENT.get();
        if (record != null && record.store != StoreUse.FAILED) {
            record.store = worked ? StoreUse.OK : StoreUse.FAILED;
        }
    }

    public String requestId() {
        return requestId;
    }

    public String requestType() {
        return requestType;
    }

    public Optional<String> intent() {
        return Optional.ofNullable(intent);
    }

    /** SILENT when nothing was noted: an event answered without speech. */
    public Outcome outcome() {
        return outcome == null ? Outcome.SILENT : outcome;
    }

    public StoreUse store() {
        return store;
    }
}
