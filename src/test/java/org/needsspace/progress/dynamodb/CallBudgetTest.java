package org.needsspace.progress.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The budget's arithmetic on a clock the test moves. */
class CallBudgetTest {

    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final CallBudget budget = CallBudget.startingNow(Duration.ofSeconds(2), nanos::get);

    @Test
    void theWholeBudgetIsLeftAtTheStart() {
        assertEquals(Optional.of(Duration.ofSeconds(2)), budget.remaining());
    }

    @Test
    void eachCallGetsWhatTheEarlierOnesLeft() {
        nanos.addAndGet(Duration.ofMillis(1_300).toNanos());

        assertEquals(Optional.of(Duration.ofMillis(700)), budget.remaining());

        nanos.addAndGet(Duration.ofMillis(650).toNanos());

        assertEquals(Optional.of(Duration.ofMillis(50)), budget.remaining());
    }

    @Test
    void aPartMillisecondIsNotGivenAsTime() {
        nanos.addAndGet(Duration.ofMillis(1_998).toNanos() + 400_000);

        assertEquals(Optional.of(Duration.ofMillis(1)), budget.remaining(), "whole milliseconds, rounded down");

        nanos.addAndGet(1_000_000);

        assertEquals(Optional.empty(), budget.remaining(), "less than a millisecond is spent: the SDK reads 0 as none");
    }

    @Test
    void aSpentBudgetStaysSpent() {
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());

        assertEquals(Optional.empty(), budget.remaining());

        nanos.addAndGet(Duration.ofSeconds(3).toNanos());

        assertEquals(Optional.empty(), budget.remaining());
    }

    @Test
    void aNanoTimeThatWrapsAroundStillCounts() {
        nanos.set(Long.MAX_VALUE - Duration.ofMillis(500).toNanos());
        CallBudget acrossTheWrap = CallBudget.startingNow(Duration.ofSeconds(2), nanos::get);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());

        assertEquals(Optional.of(Duration.ofSeconds(1)), acrossTheWrap.remaining());
    }
}
