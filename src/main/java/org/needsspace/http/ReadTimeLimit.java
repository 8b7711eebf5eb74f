package org.needsspace.http;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose request has not arrived whole (head and body) within the limit of its first byte
 * being seen, however the client sends it: stalled, or trickling a byte now and then, which an idle timeout alone
 * would never end. Checks every {@link #CHECK_EVERY}: a request is first seen at most one check after its first
 * byte, and cut at the first check past the limit from then, so between the limit and two checks past it.
 */
final class ReadTimeLimit extends AbstractLifeCycle {

    static final Duration CHECK_EVERY = Duration.ofMillis(250);

    /** When a request was first seen being read, and how many answers its connection had written then. */
    private record Reading(long sinceNanos, long answeredBefore) {
    }

    private final AbstractConnector connector;
    private final long limitNanos;
    private Map<EndPoint, Reading> reading = new HashMap<>(); // only the scheduler's thread uses it
    private volatile Scheduler.Task next;

    ReadTimeLimit(AbstractConnector connector, Duration limit) {
        this.connector = connector;
        this.limitNanos = limit.toNanos();
    }

    @Override
    protected void doStart() {
        schedule();
    }

    @Override
    protected void doStop() {
        Scheduler.Task task = next;
        if (task != null) {
            task.cancel();
        }
    }

    private void schedule() {
        next = connector.getScheduler().schedule(this::check, CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (!isRunning()) {
            return;
        }
        long now = System.nanoTime();
        Map<EndPoint, Reading> stillReading = new HashMap<>();
        for (EndPoint endPoint : connector.getConnectedEndPoints()) {
            RequestProgress.of(endPoint).filter(RequestProgress::reading).ifPresent(progress -> {
                Reading seen = reading.get(endPoint);
                if (seen == null || seen.answeredBefore() != progress.answered()) {
                    seen = new Reading(now, progress.answered());
                }
                if (now - seen.sinceNanos() >= limitNanos) {
                    endPoint.close();
                } else {
                    stillReading.put(endPoint, seen);
                }
            });
        }
        reading = stillReading;
        schedule();
    }
}
