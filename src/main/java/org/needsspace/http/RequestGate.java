package org.needsspace.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Response;

/**
 * Admits requests to the skill: a few at a time, a bounded number waiting for their turn, the rest refused at
 * once; knows how many are in flight, so that a stop can wait for them; and whether a stop has begun.
 */
final class RequestGate {

    /** Thrown when a request is not admitted; the caller answers 503. */
    static final class Full extends Exception {
        Full(String reason) {
            super(reason, null, false, false);
        }
    }

    private final IntSupplier busyConnections;
    private final int maxBusyConnections;
    private final Semaphore workers;
    private final int maxQueued;
    private final Duration queueWait;
    private final AtomicInteger queued = new AtomicInteger();
    private final Object lock = new Object();
    private int inFlight; // guarded by lock
    private volatile boolean stopping;

    RequestGate(ServeLimits limits, IntSupplier busyConnections) {
        this.busyConnections = busyConnections;
        this.maxBusyConnections = limits.busyConnections();
        this.workers = new Semaphore(limits.workers(), true);
        this.maxQueued = limits.queuedRequests();
        this.queueWait = limits.queueWait();
    }

    /** From now on, every answer asks its client not to reuse the connection. */
    void beginStopping() {
        stopping = true;
    }

    /**
     * Once the stop has begun, marks the answer {@code Connection: close}: the client then opens a new connection
     * (to the next instance) instead of reusing one that is about to close, and Jetty closes this one once the
     * answer is written. Called just before the answer is written.
     */
    void closeConnectionIfStopping(Response response) {
        if (stopping) {
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
    }

    /** Counts a request as in flight from the moment its head has been read, until {@link #leave()}. */
    void arrive() {
        synchronized (lock) {
            inFlight++;
        }
    }

    void leave() {
        synchronized (lock) {
            inFlight--;
            lock.notifyAll();
        }
    }

    /** Refuses a request that arrives while more connections than allowed are busy (stalled clients count). */
    void checkConnections() throws Full {
        if (busyConnections.getAsInt() > maxBusyConnections) {
            throw new Full("Too many connections busy");
        }
    }

    /** Waits for a worker, within the queue's limits; the caller must {@link #release()} it. */
    void acquireWorker() throws Full, InterruptedException {
        if (workers.tryAcquire()) {
            return;
        }
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            throw new Full("Too many requests waiting");
        }
        try {
            if (!workers.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Full("No worker free in time");
            }
        } finally {
            queued.decrementAndGet();
        }
    }

    void release() {
        workers.release();
    }

    int inFlight() {
        synchronized (lock) {
            return inFlight;
        }
    }

    int queued() {
        return queued.get();
    }

    /** Waits until no request is in flight, at most {@code limit}; true when none is. */
    boolean awaitNoneInFlight(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }
}
