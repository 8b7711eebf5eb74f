package org.needsspace.progress;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.needsspace.domain.Progress;

/**
 * A store that is built on a daemon thread, so that building it overlaps the rest of a cold start: for DynamoDB,
 * building the AWS SDK client is the longest single step of a fresh JVM's start-up (README.md, Performance).
 *
 * <p>Every call waits for the build, at most {@link #DEFAULT_WAIT}. A build that failed is tried again, on the
 * caller's thread, by the next call. Until a build succeeds, calls fail with {@link ProgressStoreException}, which
 * the skill answers in its degraded mode like any other store outage.
 */
public final class DeferredProgressStore implements ProgressStore {

    /** Long enough for a cold SDK client on a slow machine; short enough to answer within Alexa's 8 s. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(3);

    private final Supplier<? extends ProgressStore> builder;
    private final Duration wait;
    private final Object lock = new Object();
    private CompletableFuture<ProgressStore> building; // guarded by lock

    private DeferredProgressStore(Supplier<? extends ProgressStore> builder, Duration wait) {
        this.builder = builder;
        this.wait = wait;
    }

    /**
     * Starts building the store on a daemon thread and returns at once. Once the store is built, the same thread
     * hands it to {@code afterBuilt} (a warm-up call, say); calls made meanwhile do not wait for that.
     */
    public static DeferredProgressStore startBuilding(Supplier<? extends ProgressStore> builder,
            Consumer<ProgressStore> afterBuilt) {
        return startBuilding(builder, afterBuilt, DEFAULT_WAIT);
    }

    static DeferredProgressStore startBuilding(Supplier<? extends ProgressStore> builder,
            Consumer<ProgressStore> afterBuilt, Duration wait) {
        DeferredProgressStore deferred = new DeferredProgressStore(builder, wait);
        CompletableFuture<ProgressStore> building = new CompletableFuture<>();
        deferred.building = building;
        Thread thread = new Thread(() -> {
            build(builder, building);
            building.thenAccept(afterBuilt);
        }, "progress-store-builder");
        thread.setDaemon(true);
        thread.start();
        return deferred;
    }

    @Override
    public Optional<Progress> load(UserKey user) {
        return store().load(user);
    }

    @Override
    public Progress save(UserKey user, Progress progress) {
        return store().save(user, progress);
    }

    @Override
    public void delete(UserKey user) {
        store().delete(user);
    }

    @Override
    public void deleteLater(UserKey user) {
        store().deleteLater(user);
    }

    @Override
    public int retryPendingDeletes() {
        return store().retryPendingDeletes();
    }

    /** Closes the store if it was built; a build still running is left to finish on its daemon thread. */
    @Override
    public void close() {
        CompletableFuture<ProgressStore> current;
        synchronized (lock) {
            current = building;
        }
        if (current.isDone() && !current.isCompletedExceptionally()) {
            current.join().close();
        }
    }

    private ProgressStore store() {
        CompletableFuture<ProgressStore> current;
        synchronized (lock) {
            if (building.isCompletedExceptionally()) {
                building = new CompletableFuture<>();
                build(builder, building);
            }
            current = building;
        }
        try {
            return current.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new ProgressStoreException("The progress store could not be built", e.getCause());
        } catch (TimeoutException e) {
            throw new ProgressStoreException("The progress store was not built within " + wait.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProgressStoreException("Interrupted while waiting for the progress store", e);
        }
    }

    /** Never throws: whatever the builder throws (a linkage error included) fails the future, so no call hangs. */
    private static void build(Supplier<? extends ProgressStore> builder, CompletableFuture<ProgressStore> into) {
        try {
            into.complete(builder.get());
        } catch (Throwable e) {
            into.completeExceptionally(e);
        }
    }
}
