package org.needsspace.progress.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.needsspace.domain.Progress;
import org.needsspace.progress.ProgressJson;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.Retention;
import org.needsspace.progress.UserKey;
import org.needsspace.progress.VersionedWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Progress in an SQLite database file, for serve mode: one row per user under the hashed key, a version column
 * for optimistic locking (a write based on another version is merged, as in the DynamoDB adapter), and the
 * record as one JSON document ({@link ProgressJson}). Write-ahead logging with a full sync on every commit: a
 * save that returned is on disk, and a crash at any moment leaves a database that opens cleanly.
 *
 * <p>Saves that arrive while a commit is being synced to disk are committed together in the next transaction
 * (group commit), so many users saving at once share one sync instead of queueing for one each. Loads read on a
 * connection of their own, which write-ahead logging lets run beside a commit. A save's cost does not depend on
 * how many users are stored: one indexed read and one indexed write.
 *
 * <p>Each row records when it was last written. A row not written for {@link Retention#AFTER_LAST_WRITE} is
 * expired: loads and saves treat it as absent at once, and {@link #purgeExpired} removes it (serve mode purges at
 * start and then daily, {@link #purgeExpiredDaily}).
 */
public final class SqliteProgressStore implements ProgressStore {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteProgressStore.class);
    /** 1: progress and pending_delete; 2: progress.written_at, epoch milliseconds of the row's last write. */
    private static final int SCHEMA_VERSION = 2;
    /** The longest a save may take, waiting for the database included: the same budget as a DynamoDB call's. */
    public static final Duration SAVE_BUDGET = Duration.ofSeconds(2);
    private static final int BUSY_TIMEOUT_MILLIS = (int) SAVE_BUDGET.toMillis();
    private static final String SELECT =
            "SELECT version, record FROM progress WHERE user_key = ? AND written_at > ?";
    private static final String UPSERT = "INSERT INTO progress (user_key, version, record, written_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (user_key) DO UPDATE SET version = excluded.version,"
            + " record = excluded.record, written_at = excluded.written_at";

    private final Path file;
    private final Connection writer; // guarded by writing
    private final PreparedStatement writerSelect;
    private final PreparedStatement upsert;
    private final PreparedStatement delete;
    private final Connection reader; // guarded by itself
    private final PreparedStatement readerSelect;
    private final Queue<PendingSave> pending = new ConcurrentLinkedQueue<>();
    private final Clock clock;
    private final Duration saveBudget;
    /** Guards the writer connection and its statements. */
    private final ReentrantLock writing = new ReentrantLock();
    private ScheduledExecutorService dailyPurge; // guarded by writing

    private SqliteProgressStore(Path file, Connection writer, Connection reader, Clock clock, Duration saveBudget)
            throws SQLException {
        this.file = file;
        this.clock = clock;
        this.saveBudget = saveBudget;
        this.writer = writer;
        this.reader = reader;
        this.writerSelect = writer.prepareStatement(SELECT);
        this.upsert = writer.prepareStatement(UPSERT);
        this.delete = writer.prepareStatement("DELETE FROM progress WHERE user_key = ?");
        this.readerSelect = reader.prepareStatement(SELECT);
    }

    /** Opens the database, creating the file (and its folder) if there is none. */
    public static SqliteProgressStore open(Path file) {
        return open(file, Map::of, Clock.systemUTC());
    }

    /** As {@link #open(Path, Supplier, Clock)} on the system clock. */
    public static SqliteProgressStore open(Path file, Supplier<Map<UserKey, Progress>> recordsForANewDatabase) {
        return open(file, recordsForANewDatabase, Clock.systemUTC());
    }

    /**
     * Opens the database; only when this creates it, the records supplied (an older progress file's, say) are read
     * and copied in, in the same transaction as the schema, so a crash during the copy leaves nothing half done.
     * A database of the first schema gets the last-write column, and its rows count as written now.
     *
     * @param clock when rows are written, and so when they expire
     */
    public static SqliteProgressStore open(Path file, Supplier<Map<UserKey, Progress>> recordsForANewDatabase,
            Clock clock) {
        return open(file, recordsForANewDatabase, clock, SAVE_BUDGET);
    }

    static SqliteProgressStore open(Path file, Supplier<Map<UserKey, Progress>> recordsForANewDatabase, Clock clock,
            Duration saveBudget) {
        Connection writer = null;
        Connection reader = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            String url = "jdbc:sqlite:" + file.toAbsolutePath();
            writer = configuration().createConnection(url);
            prepareSchema(writer, file, recordsForANewDatabase, clock.millis());
            reader = configuration().createConnection(url);
            return new SqliteProgressStore(file, writer, reader, clock, saveBudget);
        } catch (SQLException | IOException e) {
            closeQuietly(reader);
            closeQuietly(writer);
            throw new ProgressStoreException("Cannot open the progress database " + file, e);
        }
    }

    private static SQLiteConfig configuration() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config;
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<Progress> load(UserKey user) {
        synchronized (reader) {
            try {
                return Optional.ofNullable(stored(readerSelect, user, expiredUpTo()));
            } catch (SQLException e) {
                throw new ProgressStoreException("Cannot load progress", e);
            }
        }
    }

    /**
     * Saves within {@link #SAVE_BUDGET}: a save that cannot start writing in time is withdrawn and fails, as a
     * DynamoDB call that times out does, so that a stalled disk never holds a turn.
     */
    @Override
    public Progress save(UserKey user, Progress progress) {
        PendingSave mine = new PendingSave(user, progress);
        pending.add(mine);
        if (!lockedWithin(saveBudget)) {
            String outcome = pending.remove(mine) ? "not saved" : "may still be committed with the saves before it";
            throw new ProgressStoreException("The database was busy for longer than " + saveBudget.toMillis()
                    + " ms: progress " + outcome);
        }
        try {
            if (!mine.isDone()) {
                commitTogether(drainPending());
            }
            return mine.outcome();
        } finally {
            writing.unlock();
        }
    }

    @Override
    public void delete(UserKey user) {
        writing.lock();
        try {
            try {
                delete.setString(1, user.value());
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new ProgressStoreException("Cannot delete progress", e);
            }
        } finally {
            writing.unlock();
        }
    }

    @Override
    public void deleteLater(UserKey user) {
        writing.lock();
        try {
            try (PreparedStatement remember = writer.prepareStatement(
                    "INSERT INTO pending_delete (user_key) VALUES (?) ON CONFLICT DO NOTHING")) {
                remember.setString(1, user.value());
                remember.executeUpdate();
            } catch (SQLException e) {
                throw new ProgressStoreException("Cannot remember a pending delete", e);
            }
        } finally {
            writing.unlock();
        }
    }

    @Override
    public int retryPendingDeletes() {
        writing.lock();
        try {
            try {
                return inWriteTransaction(writer, () -> {
                    try (Statement statement = writer.createStatement()) {
                        int deleted = statement.executeUpdate(
                                "DELETE FROM progress WHERE user_key IN (SELECT user_key FROM pending_delete)");
                        statement.executeUpdate("DELETE FROM pending_delete");
                        return deleted;
                    }
                });
            } catch (SQLException e) {
                throw new ProgressStoreException("Cannot carry out the pending deletes", e);
            }
        } finally {
            writing.unlock();
        }
    }

    /**
     * Deletes every row not written for {@link Retention#AFTER_LAST_WRITE}; pending deletes stay as they are.
     *
     * @return how many rows were deleted
     */
    public int purgeExpired() {
        writing.lock();
        try {
            try (PreparedStatement purge = writer.prepareStatement("DELETE FROM progress WHERE written_at <= ?")) {
                purge.setLong(1, expiredUpTo());
                return purge.executeUpdate();
            } catch (SQLException e) {
                throw new ProgressStoreException("Cannot purge expired progress", e);
            }
        } finally {
            writing.unlock();
        }
    }

    /** Runs {@link #purgeExpired} once a day, on a daemon thread of the store's, until {@link #close}. */
    public void purgeExpiredDaily() {
        purgeExpiredDaily(Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sqlite-progress-purge");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** Schedules the daily purge on {@code scheduler}, which the store then owns and shuts down on close. */
    void purgeExpiredDaily(ScheduledExecutorService scheduler) {
        writing.lock();
        try {
            if (dailyPurge != null) {
                scheduler.shutdownNow();
                return;
            }
            dailyPurge = scheduler;
            dailyPurge.scheduleWithFixedDelay(this::purgeAndLog, 1, 1, TimeUnit.DAYS);
        } finally {
            writing.unlock();
        }
    }

    private void purgeAndLog() {
        // A failure must not end the schedule: the next day's purge takes what this one left.
        try {
            LOG.info("Purged {} progress records not written for {} days", purgeExpired(),
                    Retention.AFTER_LAST_WRITE.toDays());
        } catch (RuntimeException e) {
            LOG.warn("The daily purge of expired progress failed; trying again tomorrow", e);
        }
    }

    /** Rows written at or before this instant (epoch milliseconds) are expired. */
    private long expiredUpTo() {
        return clock.millis() - Retention.AFTER_LAST_WRITE.toMillis();
    }

    @Override
    public void close() {
        writing.lock();
        try {
            if (dailyPurge != null) {
                dailyPurge.shutdownNow();
            }
            synchronized (reader) {
                try {
                    reader.close();
                    writer.close();
                } catch (SQLException e) {
                    throw new ProgressStoreException("Cannot close the progress database " + file, e);
                }
            }
        } finally {
            writing.unlock();
        }
    }

    /** Whether SQLite finds the database file sound (PRAGMA integrity_check). */
    public boolean isIntact() {
        synchronized (reader) {
            try (Statement statement = reader.createStatement();
                 ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
                return result.next() && "ok".equals(result.getString(1)) && !result.next();
            } catch (SQLException e) {
                throw new ProgressStoreException("Cannot check the progress database " + file, e);
            }
        }
    }

    private boolean lockedWithin(Duration budget) {
        try {
            return writing.tryLock(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code work} holding the writer, as a commit does: what a save waiting for the database meets. */
    void whileWriting(Runnable work) {
        writing.lock();
        try {
            work.run();
        } finally {
            writing.unlock();
        }
    }

    private List<PendingSave> drainPending() {
        List<PendingSave> batch = new ArrayList<>();
        for (PendingSave save = pending.poll(); save != null; save = pending.poll()) {
            batch.add(save);
        }
        return batch;
    }

    /** One transaction, one sync to disk, for every save in the batch; each learns its outcome only after it. */
    private void commitTogether(List<PendingSave> batch) {
        try {
            inWriteTransaction(writer, () -> {
                for (PendingSave save : batch) {
                    decide(save);
                }
                return null;
            });
            batch.forEach(PendingSave::committed);
        } catch (SQLException | RuntimeException e) {
            ProgressStoreException failure = new ProgressStoreException("Cannot save progress", e);
            batch.forEach(save -> save.failed(failure));
        } finally {
            // An Error on the way leaves no caller waiting for an answer that never comes.
            for (PendingSave save : batch) {
                if (!save.isDone()) {
                    save.failed(new ProgressStoreException("The save was not carried out"));
                }
            }
        }
    }

    /** Reads what is stored for one save and writes what follows from it, inside the batch's transaction. */
    private void decide(PendingSave save) throws SQLException {
        Progress stored;
        try {
            stored = stored(writerSelect, save.user, expiredUpTo());
        } catch (ProgressStoreException unreadable) {
            save.failed(unreadable);
            return;
        }
        Optional<Progress> next = VersionedWrite.ontoDurable(stored, save.progress);
        if (next.isEmpty()) {
            save.willBe(Progress.newUser());
            return;
        }
        write(upsert, save.user, next.get(), clock.millis());
        save.willBe(next.get());
    }

    /** Creates the schema in a new database, or brings an older one up to the current schema. */
    private static void prepareSchema(Connection writer, Path file,
            Supplier<Map<UserKey, Progress>> recordsForANewDatabase, long now) throws SQLException {
        inWriteTransaction(writer, () -> {
            int found = schemaVersion(writer, file);
            if (found == 0) {
                createSchema(writer, recordsForANewDatabase, now);
            } else if (found == 1) {
                addLastWriteColumn(writer, now);
            }
            return null;
        });
    }

    private static void createSchema(Connection writer, Supplier<Map<UserKey, Progress>> recordsForANewDatabase,
            long now) throws SQLException {
        try (Statement statement = writer.createStatement()) {
            statement.executeUpdate("CREATE TABLE progress (user_key TEXT PRIMARY KEY NOT NULL,"
                    + " version INTEGER NOT NULL, record TEXT NOT NULL, written_at INTEGER NOT NULL) WITHOUT ROWID");
            statement.executeUpdate("CREATE TABLE pending_delete (user_key TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID");
            try (PreparedStatement insert = writer.prepareStatement(UPSERT)) {
                for (Map.Entry<UserKey, Progress> record : recordsForANewDatabase.get().entrySet()) {
                    write(insert, record.getKey(), record.getValue(), now);
                }
            }
            statement.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
        }
    }

    /** The rows already there count as written now: the first schema kept no date, and none may expire early. */
    private static void addLastWriteColumn(Connection writer, long now) throws SQLException {
        try (Statement statement = writer.createStatement()) {
            statement.executeUpdate("ALTER TABLE progress ADD COLUMN written_at INTEGER NOT NULL DEFAULT " + now);
            statement.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
        }
    }

    private static int schemaVersion(Connection writer, Path file) throws SQLException {
        try (Statement statement = writer.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA user_version")) {
            int version = result.next() ? result.getInt(1) : 0;
            if (version < 0 || version > SCHEMA_VERSION) {
                throw new SQLException("Unknown schema version " + version + " in " + file);
            }
            return version;
        }
    }

    private static Progress stored(PreparedStatement select, UserKey user, long expiredUpTo) throws SQLException {
        select.setString(1, user.value());
        select.setLong(2, expiredUpTo);
        try (ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return null;
            }
            long version = row.getLong(1);
            return ProgressJson.read(row.getString(2)).withVersion(version);
        }
    }

    private static void write(PreparedStatement upsert, UserKey user, Progress progress, long writtenAt)
            throws SQLException {
        upsert.setString(1, user.value());
        upsert.setLong(2, progress.version());
        upsert.setString(3, ProgressJson.write(progress));
        upsert.setLong(4, writtenAt);
        upsert.executeUpdate();
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs the work in a transaction that takes the write lock at its start, so that what it reads is what it
     * overwrites, even with another process on the same file.
     */
    private static <T> T inWriteTransaction(Connection connection, Work<T> work) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            boolean committed = false;
            try {
                T result = work.run();
                statement.execute("COMMIT");
                committed = true;
                return result;
            } finally {
                if (!committed) {
                    statement.execute("ROLLBACK");
                }
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // The open already failed; that failure is the one reported.
        }
    }

    /** One caller's save, waiting for the transaction that carries it; read and written under the writer's lock. */
    private static final class PendingSave {
        private final UserKey user;
        private final Progress progress;
        private Progress result;
        private ProgressStoreException failure;
        private boolean done;

        PendingSave(UserKey user, Progress progress) {
            this.user = user;
            this.progress = progress;
        }

        void willBe(Progress stored) {
            result = stored;
        }

        void committed() {
            done = true;
        }

        void failed(ProgressStoreException e) {
            failure = e;
            done = true;
        }

        boolean isDone() {
            return done;
        }

        Progress outcome() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }
}
