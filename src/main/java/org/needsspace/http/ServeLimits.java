package org.needsspace.http;

import java.time.Duration;

/**
 * What serve mode lets clients hold, so that slow or hostile ones cannot starve the rest.
 *
 * @param busyConnections connections with a request being read or answered; past this a request is answered 503
 *                        at once (a stalled client holds one of these until the read time limit closes it)
 * @param workers         requests the skill answers at the same time
 * @param queuedRequests  requests waiting for a worker; past this a request is answered 503 at once
 * @param queueWait       how long a request waits for a worker before it is answered 503
 * @param retryAfter      the Retry-After of a 503
 */
public record ServeLimits(int busyConnections, int workers, int queuedRequests, Duration queueWait,
                          Duration retryAfter) {

    public static final int DEFAULT_BUSY_CONNECTIONS = 512;
    /**
     * Beyond the busy connections, room to read a request and answer it 503; connections past that are closed
     * as soon as they are accepted.
     */
    static final int HEADROOM_FOR_REFUSALS = 64;

    public ServeLimits {
        if (busyConnections < 1 || workers < 1 || queuedRequests < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static ServeLimits defaults() {
        return withBusyConnections(DEFAULT_BUSY_CONNECTIONS);
    }

    /**
     * Workers are many more than cores: a turn is short on the processor but may wait on the store (DynamoDB's
     * call limit is 2 s), and a turn waiting there should not hold up the others. A request waits for a worker at
     * most 3 s: Alexa waits about 8 s for an answer and a turn with a failing store may take 4 s.
     */
    public static ServeLimits withBusyConnections(int busyConnections) {
        return new ServeLimits(busyConnections, 32, 256, Duration.ofSeconds(3), Duration.ofSeconds(1));
    }

    /** Threads for connections: one per busy connection, and the headroom to refuse more with a 503. */
    int connectionThreads() {
        return busyConnections + HEADROOM_FOR_REFUSALS;
    }
}
