package org.needsspace.progress;

import java.util.Optional;
import org.needsspace.domain.Progress;

/**
 * The one way the skill reads and writes what it keeps about a user. A store that holds resources (a database
 * connection, a client) releases them on {@link #close}; the others have nothing to close.
 */
public interface ProgressStore extends AutoCloseable {

    /** The user's stored progress, or empty for a user never stored. */
    Optional<Progress> load(UserKey user) throws ProgressStoreException;

    /**
     * Stores the progress, expecting the stored version to be {@code progress.version()}. When another
     * device wrote in between, the two are merged ({@link Progress#mergedWith}) rather than overwritten.
     *
     * @return what is now stored, with its new version
     */
    Progress save(UserKey user, Progress progress) throws ProgressStoreException;

    /** Deletes everything kept about the user; deleting a user never stored is not an error. */
    void delete(UserKey user) throws ProgressStoreException;

    /**
     * Remembers, in the store itself, that the user's record is to be deleted: for when {@link #delete} failed.
     * The record stays until {@link #retryPendingDeletes}, called by any later process on the same store, deletes
     * it.
     *
     * @throws ProgressStoreException when the store cannot remember it either, or keeps no such list
     */
    default void deleteLater(UserKey user) throws ProgressStoreException {
        throw new ProgressStoreException("This store keeps no pending deletes");
    }

    /**
     * Deletes the records {@link #deleteLater} remembered.
     *
     * @return how many were deleted
     */
    default int retryPendingDeletes() throws ProgressStoreException {
        return 0;
    }

    /** Releases what the store holds; the store is not used after this. */
    @Override
    default void close() {
    }
}
