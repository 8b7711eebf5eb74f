package org.needsspace.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way everything kept about a user is deleted, whether they said "forget me" or disabled the skill: deleted
 * now or, when the store fails, the delete is owed in the store itself ({@link ProgressStore#deleteLater}) and
 * carried out by the next erasure of anyone, or when serve mode starts. Each erasure also carries out the deletes
 * owed from before.
 */
public enum Erasure {
    /** The record is gone. */
    DELETED,
    /** The record could not be deleted yet; the store remembers that it must be. */
    OWED;

    private static final Logger LOG = LoggerFactory.getLogger(Erasure.class);

    /**
     * @param requestId named in what is logged, so an operator can find the request (never the user)
     * @throws ProgressStoreException when the record could neither be deleted nor its delete owed (the failure to
     *                                delete is attached as suppressed)
     */
    public static Erasure of(UserKey user, ProgressStore store, String requestId) throws ProgressStoreException {
        try {
            store.delete(user);
        } catch (ProgressStoreException failed) {
            try {
                store.deleteLater(user);
            } catch (ProgressStoreException notOwed) {
                notOwed.addSuppressed(failed);
                throw notOwed;
            }
            LOG.warn("Deleting a user's progress failed; the delete is owed and will be carried out later; requestId={}",
                    requestId, failed);
            return OWED;
        }
        try {
            store.retryPendingDeletes();
        } catch (ProgressStoreException stillOwed) {
            LOG.warn("Owed deletes could not be carried out yet; they stay owed; requestId={}", requestId, stillOwed);
        }
        return DELETED;
    }
}
