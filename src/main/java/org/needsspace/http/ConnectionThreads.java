package org.needsspace.http;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK server's executor: one thread per connection with a request in progress. The JDK server reads a
 * request's head on its executor's thread, with a blocking read, so a client that stalls mid-request holds that
 * thread until the read time limit closes its connection; a pool of a few threads would be held by a few such
 * clients. At the thread limit a new request is rejected and the JDK server closes its connection.
 */
final class ConnectionThreads implements Executor {

    private final ThreadPoolExecutor threads;
    private final AtomicInteger busy = new AtomicInteger();

    ConnectionThreads(int maxThreads) {
        AtomicInteger number = new AtomicInteger();
        threads = new ThreadPoolExecutor(0, maxThreads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "skill-http-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable exchange) {
        threads.execute(() -> {
            busy.incrementAndGet();
            try {
                exchange.run();
            } finally {
                busy.decrementAndGet();
            }
        });
    }

    /** Connections whose request is being read or answered, the caller's included. */
    int busy() {
        return busy.get();
    }

    void shutdown() {
        threads.shutdown();
    }
}
