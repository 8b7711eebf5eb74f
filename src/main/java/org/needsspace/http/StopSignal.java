package org.needsspace.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import sun.misc.Signal;

/**
 * SIGTERM (what systemd, Docker and Kubernetes send) and SIGINT (Ctrl-C) as a request to stop, instead of the
 * JVM's default of running shutdown hooks and exiting with 143: serve mode then stops gracefully and exits 0.
 */
final class StopSignal {

    private final CompletableFuture<String> received = new CompletableFuture<>();

    private StopSignal() {
    }

    static StopSignal install() {
        StopSignal stop = new StopSignal();
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> stop.received.complete("SIG" + signal.getName()));
            } catch (IllegalArgumentException notOnThisPlatform) {
                // The JVM's default handling stays: shutdown hooks run and the process exits.
            }
        }
        return stop;
    }

    /** Blocks until a stop signal arrives; returns its name. */
    String await() throws InterruptedException {
        try {
            return received.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
