package org.needsspace.progress;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.needsspace.domain.Progress;

/** Keeps progress for the life of the process: the Lambda function's store when no table is configured. */
public final class InMemoryProgressStore implements ProgressStore {

    private final Map<UserKey, Progress> records = new ConcurrentHashMap<>();
    private final Set<UserKey> pendingDeletes = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<Progress> load(UserKey user) {
        return Optional.ofNullable(records.get(user));
    }

    @Override
    public Progress save(UserKey user, Progress progress) {
        return records.compute(user, (key, stored) -> VersionedWrite.ontoForgetful(stored, progress));
    }

    @Override
    public void delete(UserKey user) {
        records.remove(user);
    }

    @Override
    public void deleteLater(UserKey user) {
        pendingDeletes.add(user);
    }

    @Override
    public int retryPendingDeletes() {
        int deleted = 0;
        for (UserKey user : pendingDeletes) {
            records.remove(user);
            pendingDeletes.remove(user);
            deleted++;
        }
        return deleted;
    }
}
