package org.needsspace.progress;

import java.time.Duration;

/** How long a user's record is kept after its last write; every durable store removes records older than that. */
public final class Retention {

    /** Abandoned records are removed this long after their last write. */
    public static final Duration AFTER_LAST_WRITE = Duration.ofDays(400);

    private Retention() {
    }
}
