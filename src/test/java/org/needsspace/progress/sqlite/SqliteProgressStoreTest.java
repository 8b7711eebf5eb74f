package org.needsspace.progress.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.domain.Progress;
import org.needsspace.progress.DurableProgressStoreContract;
import org.needsspace.progress.PendingDeletesContract;
import org.needsspace.progress.FileProgressStore;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;

class SqliteProgressStoreTest extends DurableProgressStoreContract implements PendingDeletesContract {

    @TempDir
    Path folder;

    private Path database() {
        return folder.resolve("data").resolve("progress.db");
    }

    @Override
    protected ProgressStore openNewStore(String testName) {
        return SqliteProgressStore.open(database());
    }

    @Override
    protected ProgressStore reopen() {
        store.close();
        return SqliteProgressStore.open(database());
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
            statement.executeUpdate("INSERT INTO progress (user_key, version, record) VALUES ('" + USER.value()
                    + "', 3, '{\"sectionId\": [1, 2]')");
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
