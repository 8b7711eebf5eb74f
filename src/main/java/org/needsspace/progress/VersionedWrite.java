package org.needsspace.progress;

import java.util.Optional;
import org.needsspace.domain.Progress;

/**
 * Optimistic locking for the stores that decide a write themselves, as the DynamoDB adapter does with its
 * conditional put: a write based on the stored version replaces it, a write based on another version is merged
 * into what is stored ({@link Progress#mergedWith}); either way the stored version goes up by one.
 */
public final class VersionedWrite {

    private VersionedWrite() {
    }

    /**
     * For the stores that may forget (memory; the console's file, which may be deleted): nothing stored means a new
     * user, or a store that forgot (another Lambda container, a restart, a new file) while the session still held a
     * later version; the session's progress is the best there is.
     */
    static Progress ontoForgetful(Progress stored, Progress incoming) {
        if (stored == null) {
            return incoming.withVersion(1);
        }
        return onto(stored, incoming);
    }

    /**
     * For a store that forgets nothing: nothing stored for a session that read a version means the user was
     * deleted since (forget me, skill disabled), and the old record must not come back: empty, nothing to write.
     */
    public static Optional<Progress> ontoDurable(Progress stored, Progress incoming) {
        if (stored == null) {
            return incoming.version() > 0 ? Optional.empty() : Optional.of(incoming.withVersion(1));
        }
        return Optional.of(onto(stored, incoming));
    }

    private static Progress onto(Progress stored, Progress incoming) {
        Progress base = stored.version() == incoming.version() ? incoming : incoming.mergedWith(stored);
        return base.withVersion(stored.version() + 1);
    }
}
