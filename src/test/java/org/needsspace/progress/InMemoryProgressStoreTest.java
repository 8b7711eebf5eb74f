package org.needsspace.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.needsspace.domain.Progress;

class InMemoryProgressStoreTest extends ProgressStoreContract {

    @Override
    protected ProgressStore openNewStore(String testName) {
        return new InMemoryProgressStore();
    }

    /** Another container, or a restart, forgot the user: the session's progress is the best there is. */
    @Test
    void aSessionHoldingAVersionThisProcessNeverSawKeepsItsProgress() {
        Progress held = new Progress("s4", orderedSet("s1", "s4"), Set.of(), true, T0, T0, 3);

        Progress saved = store.save(USER, held);

        assertEquals(1, saved.version());
        assertEquals(Optional.of(held.withVersion(1)), store.load(USER));
    }
}
