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
    int writes;

    void goDown() {
        down = true;
    }

    void comeBack() {
        down = false;
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
        records.delete(user);
    }

    private void failIfDown() {
        if (down) {
            throw new ProgressStoreException("store unreachable");
        }
    }
}
