package org.needsspace.http.verify;

/**
 * A request the endpoint refuses before the skill sees it.
 *
 * @see #status()
 */
public final class RequestRejected extends Exception {

    private final int status;

    public RequestRejected(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public RequestRejected(int status, String reason, Throwable cause) {
        super(reason, cause, false, false);
        this.status = status;
    }

    public static RequestRejected badRequest(String reason) {
        return new RequestRejected(400, reason);
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }

    /** Why, for the log line and the short JSON error: never contains the request body. */
    public String reason() {
        return getMessage();
    }
}
