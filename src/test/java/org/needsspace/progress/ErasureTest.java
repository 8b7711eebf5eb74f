package org.needsspace.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class ErasureTest {

    private static final UserKey USER = UserKey.of("amzn1.ask.account.ERASURE");
    private static final String REQUEST = "amzn1.echo-api.request.erasure";

    private final ProgressStore store = mock(ProgressStore.class);

    @Test
    void aRecordDeletedNowIsDeletedAndTheDeletesOwedFromBeforeAreCarriedOut() {
        assertEquals(Erasure.DELETED, Erasure.of(USER, store, REQUEST));

        InOrder order = inOrder(store);
        order.verify(store).delete(USER);
        order.verify(store).retryPendingDeletes();
        verify(store, never()).deleteLater(USER);
    }

    @Test
    void aDeleteThatFailsIsOwedInTheStore() {
        doThrow(new ProgressStoreException("unreachable")).when(store).delete(USER);

        assertEquals(Erasure.OWED, Erasure.of(USER, store, REQUEST));

        verify(store).deleteLater(USER);
    }

    @Test
    void deletesOwedFromBeforeThatStillFailStayOwedAndTheRecordIsDeleted() {
        doThrow(new ProgressStoreException("one still unreachable")).when(store).retryPendingDeletes();

        assertEquals(Erasure.DELETED, Erasure.of(USER, store, REQUEST));
    }

    @Test
    void aDeleteThatCanNeitherBeDoneNorOwedIsAStoreErrorCarryingBothFailures() {
        ProgressStoreException deleteFailed = new ProgressStoreException("unreachable");
        doThrow(deleteFailed).when(store).delete(USER);
        doThrow(new ProgressStoreException("still unreachable")).when(store).deleteLater(USER);

        ProgressStoreException thrown =
                assertThrows(ProgressStoreException.class, () -> Erasure.of(USER, store, REQUEST));

        assertSame(deleteFailed, thrown.getSuppressed()[0]);
    }

    @Test
    void aStoreKeepingNoListOfOwedDeletesFailsTheErasureWhenItsDeleteFails() {
        ProgressStore console = mock(ProgressStore.class, org.mockito.Mockito.CALLS_REAL_METHODS);
        doThrow(new ProgressStoreException("disk full")).when(console).delete(USER);

        assertThrows(ProgressStoreException.class, () -> Erasure.of(USER, console, REQUEST));
    }
}
