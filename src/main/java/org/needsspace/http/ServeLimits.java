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
 * @param readTime        how long a client has from a request's first byte until its head and body have arrived;
 *                        then its connection is closed
 */
public record ServeLimits(int busyConnections, int workers, int queuedRequests, Duration queueWait,
                          Duration retryAfter, Duration readTime) {

    public static final int DEFAULT_BUSY_CONNECTIONS = 512;
    public static final Duration DEFAULT_READ_TIME = Duration.ofSeconds(5);
    /**
     * Threads beyond the workers and the requests waiting for one: Jetty's acceptor and selectors, the read-only
     * endpoints and the 503s, which must be answered while every worker is taken.
     */
    static final int HEADROOM_THREADS = 64;
    /** Open connections, idle keep-alive ones included; past it Jetty stops accepting until some close. */
    static final int MAX_OPEN_CONNECTIONS = 2048;

    public ServeLimits {
        if (busyConnections < 1 || workers < 1 || queuedRequests < 0 || readTime.isNegative() || readTime.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public ServeLimits(int busyConnections, int workers, int queuedRequests, Duration queueWait, Duration retryAfter) {
        this(busyConnections, workers, queuedRequests, queueWait, retryAfter, DEFAULT_READ_TIME);
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

    public ServeLimits withReadTime(Duration limit) {
        return new ServeLimits(busyConnections, workers, queuedRequests, queueWait, retryAfter, limit);
    }

    /**
     * The server's threads: a thread is held only while a request waits for a worker or is answered (heads and
     * bodies are read without one), so this bounds them without letting slow clients take any.
     */
    int threads() {
        return workers + queuedRequests + HEADROOM_THREADS;
    }
}
