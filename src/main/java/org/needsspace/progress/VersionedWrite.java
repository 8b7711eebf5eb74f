package org.needsspace.progress;

import org.needsspace.domain.Progress;

/** Optimistic locking for the embedded stores: a write based on an old version is merged into the newer one. */
final class VersionedWrite {

    private VersionedWrite() {
    }

    static Progress apply(Progress stored, Progress incoming) {
        if (stored == null) {
            // Nothing stored: a new user, or a process that forgot (another Lambda container, a restart) while
            // the session still held a later version. The session's progress is the best there is.
            return incoming.withVersion(1);
        }
        Progress base = stored.version() == incoming.version() ? incoming : incoming.mergedWith(stored);
        return base.withVersion(stored.version() + 1);
    }
}
