package org.needsspace.progress.dynamodb;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One deadline shared by a sequence of calls: each call gets what is left of it, and none is made once it is
 * spent, so the sequence takes no longer than the budget however many calls it needs.
 */
final class CallBudget {

    private final LongSupplier nanoTime;
    private final long deadline;

    private CallBudget(LongSupplier nanoTime, long deadline) {
        this.nanoTime = nanoTime;
        this.deadline = deadline;
    }

    /** A budget of {@code total} from now, on the monotonic clock {@code nanoTime} (System::nanoTime in use). */
    static CallBudget startingNow(Duration total, LongSupplier nanoTime) {
        return new CallBudget(nanoTime, nanoTime.getAsLong() + total.toNanos());
    }

    /**
     * The time the next call may take, in whole milliseconds; empty once less than one is left (the SDK counts
     * call timeouts in milliseconds, and reads zero as no timeout at all).
     */
    Optional<Duration> remaining() {
        long leftMillis = Duration.ofNanos(deadline - nanoTime.getAsLong()).toMillis();
        return leftMillis > 0 ? Optional.of(Duration.ofMillis(leftMillis)) : Optional.empty();
    }
}
