package org.needsspace.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.domain.Progress;

class FileProgressStoreTest extends DurableProgressStoreContract {

    @TempDir
    Path folder;

    @Override
    protected ProgressStore openNewStore(String testName) {
        return new FileProgressStore(folder.resolve("progress.json"));
    }

    @Override
    protected ProgressStore reopen() {
        store.close();
        return new FileProgressStore(folder.resolve("progress.json"));
    }

    @Test
    void everyRecordListsEachUsersRecordWithItsVersion() {
        Progress mine = store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));
        Progress theirs = store.save(OTHER_USER, new Progress("s2", orderedSet("s2"), Set.of(), true, T0, T0, 0));

        assertEquals(Map.of(USER, mine, OTHER_USER, theirs), ((FileProgressStore) store).everyRecord());
    }
}
