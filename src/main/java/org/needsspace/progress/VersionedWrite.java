package org.needsspace.progress;

import org.needsspace.domain.Progress;

/** Optimistic locking for the embedded stores: a write based on an old version is merged into the newer one. */
final class VersionedWrite {

    private VersionedWrite() {
    }

    static Progress apply(Progress stored, Progress incoming) {
        if (stored == null) {
            // Nothing stored (a new user, or the record was deleted while a session still held a later version).
            return incoming.withVersion(1);
        }
        long storedVersion = stored == null ? 0 : stored.version();
        Progress base = storedVersion == incoming.version() ? incoming : incoming.mergedWith(stored);
        return base.withVersion(storedVersion + 1);
    }
}
