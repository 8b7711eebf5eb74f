package org.needsspace.progress;

/** The store could not be reached or refused the operation; the conversation goes on without it. */
public class ProgressStoreException extends RuntimeException {

    public ProgressStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProgressStoreException(String message) {
        super(message);
    }
}
