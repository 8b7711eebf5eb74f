package org.needsspace.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.domain.Progress;

/** The console's store: the port's contract, kept across runs, forgiving a file that went away (as memory is). */
class FileProgressStoreTest extends ProgressStoreContract {

    @TempDir
    Path folder;

    @Override
    protected ProgressStore openNewStore(String testName) {
        return new FileProgressStore(folder.resolve("progress.json"));
    }

    @Test
    void whatWasSavedIsThereForTheNextRun() {
        Progress saved = store.save(USER, new Progress("s3", orderedSet("s1", "s3"), orderedSet("walk"), true, T0, T0, 0));

        store = new FileProgressStore(folder.resolve("progress.json"));

        assertEquals(Optional.of(saved), store.load(USER));
    }

    @Test
    void aSessionHoldingAVersionOfAFileThatWentAwayKeepsItsProgress() {
        Progress held = new Progress("s4", orderedSet("s1", "s4"), Set.of(), true, T0, T0, 3);

        assertEquals(held.withVersion(1), store.save(USER, held));
    }

    @Test
    void everyRecordListsEachUsersRecordWithItsVersion() {
        Progress mine = store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));
        Progress theirs = store.save(OTHER_USER, new Progress("s2", orderedSet("s2"), Set.of(), true, T0, T0, 0));

        assertEquals(Map.of(USER, mine, OTHER_USER, theirs), ((FileProgressStore) store).everyRecord());
    }
}
