package org.needsspace.progress.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.needsspace.domain.Progress;
import org.needsspace.progress.DurableProgressStoreContract;
import org.needsspace.progress.PendingDeletesContract;
import org.needsspace.progress.FileProgressStore;
import org.needsspace.progress.ProgressJson;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.Retention;
import org.needsspace.progress.UserKey;
import org.needsspace.testing.MutableClock;

class SqliteProgressStoreTest extends DurableProgressStoreContract implements PendingDeletesContract {

    private static final Duration JUST_UNDER_RETENTION = Retention.AFTER_LAST_WRITE.minusMillis(1);

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(T0);

    private Path database() {
        return folder.resolve("data").resolve("progress.db");
    }

    @Override
    protected ProgressStore openNewStore(String testName) {
        return openOnClock(database());
    }

    @Override
    protected ProgressStore reopen() {
        store.close();
        return openOnClock(database());
    }

    private SqliteProgressStore openOnClock(Path file) {
        return SqliteProgressStore.open(file, Map::of, clock);
    }

    private SqliteProgressStore sqlite() {
        return (SqliteProgressStore) store;
    }

    private long rows(String query) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + database());
             Statement statement = raw.createStatement();
             var result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void thePurgeDeletesRowsNotWrittenForTheRetentionAndKeepsFresherOnes() throws Exception {
        store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));
        clock.advance(Duration.ofDays(100));
        Progress theirs = store.save(OTHER_USER, new Progress("s2", orderedSet("s2"), Set.of(), true, T0, T0, 0));
        clock.advance(JUST_UNDER_RETENTION.minusDays(100));

        assertEquals(0, sqlite().purgeExpired());
        assertTrue(store.load(USER).isPresent());

        clock.advance(Duration.ofMillis(1));

        assertEquals(1, sqlite().purgeExpired());
        assertEquals(1, rows("SELECT count(*) FROM progress"));
        assertEquals(Optional.empty(), store.load(USER));
        assertEquals(Optional.of(theirs), store.load(OTHER_USER));
    }

    @Test
    void aSaveRestartsTheRetention() {
        Progress first = store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));
        clock.advance(Duration.ofDays(399));
        store.save(USER, first.visitedAt(T0.plus(Duration.ofDays(399))));
        clock.advance(Duration.ofDays(2));

        assertEquals(0, sqlite().purgeExpired());
        assertEquals(2, store.load(USER).orElseThrow().version());
    }

    @Test
    void anExpiredRowNotYetPurgedIsGoneForLoadsAndSavesAlike() {
        store.save(USER, new Progress("s3", orderedSet("s1", "s3"), orderedSet("walk"), true, T0, T0, 0));
        clock.advance(Retention.AFTER_LAST_WRITE);

        assertEquals(Optional.empty(), store.load(USER));
        Progress fresh = store.save(USER, new Progress("s7", orderedSet("s7"), Set.of(), true, T0, T0, 0));

        assertEquals(new Progress("s7", orderedSet("s7"), Set.of(), true, T0, T0, 1), fresh);
        assertEquals(Optional.of(fresh), store.load(USER));
        assertEquals(0, sqlite().purgeExpired());
    }

    @Test
    void aSaveThatCannotReachTheDatabaseWithinItsBudgetFailsAndIsWithdrawn() throws Exception {
        store.close();
        SqliteProgressStore busy = SqliteProgressStore.open(database(), Map::of, clock, Duration.ofMillis(50));
        store = busy;
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService commit = Executors.newSingleThreadExecutor();
        try {
            Future<?> slowCommit = commit.submit(() -> busy.whileWriting(() -> {
                holding.countDown();
                awaitQuietly(release);
            }));
            holding.await();

            ProgressStoreException failure = assertThrows(ProgressStoreException.class,
                    () -> assertTimeoutPreemptively(Duration.ofSeconds(10),
                            () -> busy.save(USER, new Progress("s3", orderedSet("s3"), Set.of(), true, T0, T0, 0))));

            assertTrue(failure.getMessage().contains("not saved"), failure.getMessage());
            release.countDown();
            slowCommit.get();
        } finally {
            release.countDown();
            commit.shutdownNow();
        }
        assertEquals(Optional.empty(), busy.load(USER), "the withdrawn save is never committed later");
        assertEquals("s4", busy.save(USER, new Progress("s4", orderedSet("s4"), Set.of(), true, T0, T0, 0)).sectionId());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void thePurgeLeavesPendingDeletesAsTheyAre() throws Exception {
        UserKey fresh = UserKey.of("amzn1.ask.account.fresh-and-leaving");
        store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));
        store.deleteLater(USER);
        clock.advance(Retention.AFTER_LAST_WRITE);
        store.save(fresh, new Progress("s2", orderedSet("s2"), Set.of(), true, T0, T0, 0));
        store.deleteLater(fresh);

        assertEquals(1, sqlite().purgeExpired());

        assertEquals(2, rows("SELECT count(*) FROM pending_delete"));
        assertEquals(1, store.retryPendingDeletes());
        assertEquals(Optional.empty(), store.load(fresh));
        assertEquals(0, rows("SELECT count(*) FROM pending_delete"));
    }

    @Test
    void aDatabaseOfTheFirstSchemaGainsTheLastWriteAndItsRowsCountAsWrittenWhenItIsOpened() throws Exception {
        store.close();
        Path old = folder.resolve("first-schema.db");
        Progress stored = new Progress("s4", orderedSet("s1", "s4"), Set.of(), true, T0, T0, 3);
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + old);
             Statement statement = raw.createStatement()) {
            statement.executeUpdate("CREATE TABLE progress (user_key TEXT PRIMARY KEY NOT NULL,"
                    + " version INTEGER NOT NULL, record TEXT NOT NULL) WITHOUT ROWID");
            statement.executeUpdate("CREATE TABLE pending_delete (user_key TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID");
            try (var insert = raw.prepareStatement("INSERT INTO progress VALUES (?, 3, ?)")) {
                insert.setString(1, USER.value());
                insert.setString(2, ProgressJson.write(stored));
                insert.executeUpdate();
            }
            statement.executeUpdate("INSERT INTO pending_delete VALUES ('" + OTHER_USER.value() + "')");
            statement.executeUpdate("PRAGMA user_version = 1");
        }
        clock.advance(Duration.ofDays(1000));

        store = openOnClock(old);

        assertEquals(Optional.of(stored), store.load(USER));
        clock.advance(JUST_UNDER_RETENTION);
        assertEquals(0, sqlite().purgeExpired());
        clock.advance(Duration.ofMillis(1));
        assertEquals(1, sqlite().purgeExpired());
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + old);
             Statement statement = raw.createStatement();
             var pending = statement.executeQuery("SELECT user_key FROM pending_delete")) {
            assertTrue(pending.next());
            assertEquals(OTHER_USER.value(), pending.getString(1));
            assertFalse(pending.next());
        }
    }

    @Test
    void theDailyPurgeIsScheduledOnceADayPurgesWhenItRunsAndStopsWithTheStore() {
        ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);
        store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));
        sqlite().purgeExpiredDaily(scheduler);
        ArgumentCaptor<Runnable> task = ArgumentCaptor.forClass(Runnable.class);
        verify(scheduler).scheduleWithFixedDelay(task.capture(), eq(1L), eq(1L), eq(TimeUnit.DAYS));
        clock.advance(Retention.AFTER_LAST_WRITE);

        task.getValue().run();
        clock.advance(Duration.ofDays(-1));

        assertEquals(Optional.empty(), store.load(USER), "purged, not only expired");
        store.close();
        verify(scheduler).shutdownNow();
        store = openOnClock(database());
    }

    @Test
    void theDailyPurgeRunsOnADaemonThreadThatEndsWithTheStore() throws Exception {
        sqlite().purgeExpiredDaily();
        Thread purge = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("sqlite-progress-purge")).findFirst().orElseThrow();
        assertTrue(purge.isDaemon());

        store.close();
        purge.join(Duration.ofSeconds(10).toMillis());

        assertFalse(purge.isAlive());
        store = openOnClock(database());
    }

    @Test
    void manyThreadsSavingAtOnceLoseNothingAndEachSaveRaisesTheVersionByOne() throws Exception {
        List<UserKey> users = List.of(USER, OTHER_USER, UserKey.of("amzn1.ask.account.third"));
        int savesPerThread = 40;
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < savesPerThread; i++) {
                    UserKey user = users.get(i % users.size());
                    Progress read = store.load(user).orElse(Progress.newUser());
                    String section = "t" + thread + "-" + i;
                    Set<String> heard = new HashSet<>(read.heardSections());
                    heard.add(section);
                    store.save(user, new Progress(section, heard, Set.of(), true, T0, T0.plusMillis(i), read.version()));
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        long totalVersions = 0;
        Set<String> heardByAll = new HashSet<>();
        for (UserKey user : users) {
            Progress stored = store.load(user).orElseThrow();
            totalVersions += stored.version();
            heardByAll.addAll(stored.heardSections());
        }
        assertEquals(threads * savesPerThread, totalVersions);
        assertEquals(threads * savesPerThread, heardByAll.size());
    }

    @Test
    void aNewDatabaseTakesInTheRecordsOfTheOldProgressFileAndLeavesTheFileAsItWas() throws Exception {
        store.close();
        Path oldFile = folder.resolve("progress.json");
        FileProgressStore old = new FileProgressStore(oldFile);
        Progress mine = old.save(USER, new Progress("s3", orderedSet("s1", "s3"), orderedSet("walk"), true, T0, T0, 0));
        mine = old.save(USER, mine.visitedAt(T0.plusSeconds(60)));
        Progress theirs = old.save(OTHER_USER, new Progress("s6", orderedSet("s6"), Set.of(), true, T0, T0, 0));
        String before = Files.readString(oldFile, StandardCharsets.UTF_8);
        Path newDatabase = folder.resolve("migrated.db");

        store = SqliteProgressStore.open(newDatabase, old::everyRecord);

        assertEquals(Optional.of(mine), store.load(USER));
        assertEquals(2, store.load(USER).orElseThrow().version());
        assertEquals(Optional.of(theirs), store.load(OTHER_USER));
        assertEquals(before, Files.readString(oldFile, StandardCharsets.UTF_8));
    }

    @Test
    void anExistingDatabaseIsNotFilledFromTheOldFileAgain() {
        store.save(USER, new Progress("s2", orderedSet("s2"), Set.of(), true, T0, T0, 0));
        store.delete(USER);
        store.close();

        store = SqliteProgressStore.open(database(), () -> Map.of(USER,
                new Progress("s9", orderedSet("s9"), Set.of(), true, T0, T0, 4)));

        assertEquals(Optional.empty(), store.load(USER));
    }

    @Test
    void aRecordThatIsNotProgressIsAStoreErrorAndOtherUsersAreStillRead() throws Exception {
        Progress theirs = store.save(OTHER_USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + database());
             Statement statement = raw.createStatement()) {
            statement.executeUpdate("INSERT INTO progress (user_key, version, record, written_at) VALUES ('"
                    + USER.value() + "', 3, '{\"sectionId\": [1, 2]', " + T0.toEpochMilli() + ")");
        }

        ProgressStoreException e = assertThrows(ProgressStoreException.class, () -> store.load(USER));

        assertTrue(e.getMessage().contains("unreadable"), e.getMessage());
        assertEquals(Optional.of(theirs), store.load(OTHER_USER));
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithAStoreError() throws Exception {
        Path notADatabase = folder.resolve("notes.txt");
        Files.writeString(notADatabase, "x".repeat(4096));

        ProgressStoreException e = assertThrows(ProgressStoreException.class,
                () -> SqliteProgressStore.open(notADatabase));

        assertInstanceOf(SQLException.class, e.getCause());
    }

    @Test
    void aClosedStoreFailsWithAStoreError() {
        store.close();

        assertThrows(ProgressStoreException.class, () -> store.load(USER));
        assertThrows(ProgressStoreException.class, () -> store.save(USER, Progress.newUser()));
        store = SqliteProgressStore.open(database());
    }

    @Test
    void theDatabaseIsInWriteAheadLogModeAndIntact() throws Exception {
        store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));

        assertTrue(((SqliteProgressStore) store).isIntact());
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + database());
             Statement statement = raw.createStatement();
             var result = statement.executeQuery("PRAGMA journal_mode")) {
            result.next();
            assertEquals("wal", result.getString(1));
        }
    }
}
