package org.needsspace.dialog;

import java.util.Optional;
import org.needsspace.domain.Progress;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;

/** An embedded store that can be switched off, as a database outage would. */
final class FlakyStore implements ProgressStore {

    private final InMemoryProgressStore records = new InMemoryProgressStore();
    private boolean down;
    private boolean deletesFail;
    int writes;

    /** Deletes fail while reads and writes, and remembering a delete as owed, still work. */
    void failDeletes() {
        deletesFail = true;
    }

    void goDown() {
        down = true;
    }

    void comeBack() {
        down = false;
        deletesFail = false;
    }

    @Override
    public Optional<Progress> load(UserKey user) {
        failIfDown();
        return records.load(user);
    }

    @Override
    public Progress save(UserKey user, Progress progress) {
        failIfDown();
        writes++;
        return records.save(user, progress);
    }

    @Override
    public void delete(UserKey user) {
        failIfDown();
        if (deletesFail) {
            throw new ProgressStoreException("delete refused");
        }
        records.delete(user);
    }

    @Override
    public void deleteLater(UserKey user) {
        failIfDown();
        records.deleteLater(user);
    }

    @Override
    public int retryPendingDeletes() {
        failIfDown();
        return records.retryPendingDeletes();
    }

    private void failIfDown() {
        if (down) {
            throw new ProgressStoreException("store unreachable");
        }
    }
}
