package org.needsspace.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.needsspace.domain.Progress;

class DeferredProgressStoreTest {

    private static final UserKey USER = UserKey.of("amzn1.ask.account.deferred");
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void startBuildingReturnsBeforeTheBuildEndsAndTheBuildRunsOnADaemonThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> builtOn = new AtomicReference<>();
        DeferredProgressStore store = DeferredProgressStore.startBuilding(() -> {
            builtOn.set(Thread.currentThread());
            await(release);
            return new InMemoryProgressStore();
        }, built -> { }, WAIT);

        CompletableFuture<Optional<Progress>> load = new CompletableFuture<>();
        Thread caller = new Thread(() -> load.complete(store.load(USER)));
        caller.start();
        awaitWaiting(caller);
        assertFalse(load.isDone(), "a call waits for the build");
        release.countDown();

        assertEquals(Optional.empty(), load.get(5, TimeUnit.SECONDS));
        assertNotEquals(Thread.currentThread(), builtOn.get());
        assertTrue(builtOn.get().isDaemon(), "a build never keeps the JVM alive");
    }

    @Test
    void callsGoToTheBuiltStore() {
        InMemoryProgressStore inner = new InMemoryProgressStore();
        DeferredProgressStore store = DeferredProgressStore.startBuilding(() -> inner, built -> { }, WAIT);

        Progress saved = store.save(USER, Progress.newUser().visitedAt(java.time.Instant.parse("2026-11-28T10:00:00Z")));
        assertEquals(Optional.of(saved), inner.load(USER));
        assertEquals(Optional.of(saved), store.load(USER));
        store.delete(USER);
        assertEquals(Optional.empty(), inner.load(USER));
    }

    @Test
    void theBuiltStoreIsHandedToAfterBuiltOnTheBuildThread() throws Exception {
        InMemoryProgressStore inner = new InMemoryProgressStore();
        BlockingQueue<ProgressStore> handedOver = new LinkedBlockingQueue<>();
        DeferredProgressStore.startBuilding(() -> inner, handedOver::add, WAIT);
        assertEquals(inner, handedOver.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void callsDoNotWaitForAfterBuilt() throws Exception {
        CountDownLatch warmUpRunning = new CountDownLatch(1);
        CountDownLatch endWarmUp = new CountDownLatch(1);
        DeferredProgressStore store = DeferredProgressStore.startBuilding(InMemoryProgressStore::new, built -> {
            warmUpRunning.countDown();
            await(endWarmUp);
        }, WAIT);
        try {
            assertTrue(warmUpRunning.await(5, TimeUnit.SECONDS));
            assertEquals(Optional.empty(), CompletableFuture.supplyAsync(() -> store.load(USER)).get(2, TimeUnit.SECONDS));
        } finally {
            endWarmUp.countDown();
        }
    }

    @Test
    void aBuildThatFailsWhileACallWaitsFailsThatCallAsAStoreOutageAndTheNextCallBuildsAgain() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch failFirstBuild = new CountDownLatch(1);
        DeferredProgressStore store = DeferredProgressStore.startBuilding(() -> {
            if (builds.incrementAndGet() == 1) {
                await(failFirstBuild);
                throw new IllegalStateException("no region");
            }
            return new InMemoryProgressStore();
        }, built -> { }, WAIT);

        CompletableFuture<Throwable> waiting = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                store.load(USER);
                waiting.complete(null);
            } catch (RuntimeException e) {
                waiting.complete(e);
            }
        });
        caller.start();
        awaitWaiting(caller);
        failFirstBuild.countDown();
        Throwable outage = waiting.get(5, TimeUnit.SECONDS);
        assertInstanceOf(ProgressStoreException.class, outage);
        assertInstanceOf(IllegalStateException.class, outage.getCause());

        assertEquals(Optional.empty(), store.load(USER));
        assertEquals(2, builds.get());
        assertEquals(Optional.empty(), store.load(USER));
        assertEquals(2, builds.get(), "a built store is kept");
    }

    @Test
    void aCallAfterAFailedBuildBuildsAgainOnItsOwnThread() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        BlockingQueue<Thread> builtOn = new LinkedBlockingQueue<>();
        DeferredProgressStore store = DeferredProgressStore.startBuilding(() -> {
            builtOn.add(Thread.currentThread());
            if (builds.incrementAndGet() == 1) {
                throw new IllegalStateException("no region");
            }
            return new InMemoryProgressStore();
        }, built -> { }, WAIT);
        builtOn.poll(5, TimeUnit.SECONDS).join(5_000);

        assertEquals(Optional.empty(), store.load(USER));
        assertEquals(Thread.currentThread(), builtOn.poll());
    }

    @Test
    void anErrorThrownByTheBuildStillEndsTheWait() {
        DeferredProgressStore store = DeferredProgressStore.startBuilding(() -> {
            throw new NoClassDefFoundError("software/amazon/awssdk/Missing");
        }, built -> { }, WAIT);
        ProgressStoreException outage = assertThrows(ProgressStoreException.class, () -> store.load(USER));
        assertInstanceOf(NoClassDefFoundError.class, outage.getCause());
    }

    @Test
    void aBuildThatHangsFailsTheCallAfterTheWaitInsteadOfHangingTheTurn() {
        CountDownLatch never = new CountDownLatch(1);
        DeferredProgressStore store = DeferredProgressStore.startBuilding(() -> {
            await(never);
            return new InMemoryProgressStore();
        }, built -> { }, Duration.ofMillis(200));
        try {
            assertThrows(ProgressStoreException.class, () -> store.load(USER));
        } finally {
            never.countDown();
        }
    }

    /** Returns once the thread is parked (waiting for the build), without guessing a delay. */
    private static void awaitWaiting(Thread thread) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(thread.getName() + " never waited; it is " + thread.getState());
            }
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
