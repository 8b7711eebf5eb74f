package org.needsspace.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.needsspace.domain.Progress;

/**
 * What a store that outlives the process does besides: what it holds is there when it is opened again, and a
 * deleted user stays deleted, whatever a session that read the record before writes afterwards.
 */
public abstract class DurableProgressStoreContract extends ProgressStoreContract {

    /** Closes {@link #store} and opens the same storage again, as a restart would. */
    protected abstract ProgressStore reopen() throws Exception;

    /** The store under test, for {@link PendingDeletesContract}. */
    public ProgressStore currentStore() {
        return store;
    }

    /** Reopens the storage and makes the new store the one under test, for {@link PendingDeletesContract}. */
    public ProgressStore reopenedStore() throws Exception {
        store = reopen();
        return store;
    }

    @Test
    void whatWasSavedIsThereWhenTheStoreIsOpenedAgain() throws Exception {
        Progress saved = store.save(USER, new Progress("s3", orderedSet("s1", "s3"), orderedSet("walk"), true, T0, T0, 0));

        store = reopen();

        assertEquals(Optional.of(saved), store.load(USER));
    }

    @Test
    void aSessionStillHoldingADeletedRecordDoesNotBringItBack() {
        Progress saved = store.save(USER, new Progress("s4", orderedSet("s1", "s4"), Set.of(), true, T0, T0, 0));
        store.delete(USER);

        Progress result = store.save(USER, new Progress("s5", orderedSet("s1", "s4", "s5"), Set.of(), true, T0, T0,
                saved.version()));

        assertEquals(Progress.newUser(), result);
        assertEquals(Optional.empty(), store.load(USER));
    }
}
