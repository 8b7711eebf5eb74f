package org.needsspace.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.needsspace.domain.Progress;

/** What a store that keeps owed deletes does: each is carried out by a later retry, in this process or the next. */
public interface PendingDeletesContract {

    UserKey LEAVING = UserKey.of("amzn1.ask.account.leaving");
    UserKey STAYING = UserKey.of("amzn1.ask.account.staying");

    ProgressStore currentStore();

    /** Closes the current store and opens the same storage again, as another process would. */
    ProgressStore reopenedStore() throws Exception;

    @Test
    default void anOwedDeleteIsCarriedOutByTheNextRetryEvenInAnotherProcess() throws Exception {
        Instant t0 = Instant.parse("2030-03-01T10:00:00Z");
        currentStore().save(LEAVING, new Progress("s2", Set.of("s2"), Set.of(), true, t0, t0, 0));
        Progress staying = currentStore().save(STAYING, new Progress("s3", Set.of("s3"), Set.of(), true, t0, t0, 0));

        currentStore().deleteLater(LEAVING);
        assertTrue(currentStore().load(LEAVING).isPresent(), "owed, not yet done");
        ProgressStore next = reopenedStore();
        int deleted = next.retryPendingDeletes();

        assertEquals(1, deleted);
        assertEquals(Optional.empty(), next.load(LEAVING));
        assertEquals(Optional.of(staying), next.load(STAYING));
        assertEquals(0, next.retryPendingDeletes(), "nothing is owed twice");
    }

    @Test
    default void owingTheSameDeleteTwiceDeletesOnce() {
        Instant t0 = Instant.parse("2030-03-01T10:00:00Z");
        currentStore().save(LEAVING, new Progress("s2", Set.of("s2"), Set.of(), true, t0, t0, 0));

        currentStore().deleteLater(LEAVING);
        currentStore().deleteLater(LEAVING);

        assertEquals(1, currentStore().retryPendingDeletes());
        assertEquals(Optional.empty(), currentStore().load(LEAVING));
    }
}
