package org.needsspace.progress.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.needsspace.domain.Progress;
import org.needsspace.progress.ProgressJson;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import org.needsspace.progress.VersionedWrite;
import org.sqlite.SQLiteConfig;

/**
 * Progress in an SQLite database file, for serve mode: one row per user under the hashed key, a version column
 * for optimistic locking (a write based on another version is merged, as in the DynamoDB adapter), and the
 * record as one JSON document ({@link ProgressJson}). Write-ahead logging with a full sync on every commit: a
 * save that returned is on disk, and a crash at any moment leaves a database that opens cleanly.
 *
 * <p>One connection, used by one thread at a time: SQLite admits one writer at a time anyway, and a save is one
 * short transaction whose cost does not depend on how many users are stored.
 */
public final class SqliteProgressStore implements ProgressStore {

    private static final int SCHEMA_VERSION = 1;
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final Connection connection;
    private final PreparedStatement select;
    private final PreparedStatement upsert;
    private final PreparedStatement delete;

    private static final String UPSERT = "INSERT INTO progress (user_key, version, record) VALUES (?, ?, ?)"
            + " ON CONFLICT (user_key) DO UPDATE SET version = excluded.version, record = excluded.record";

    private SqliteProgressStore(Path file, Connection connection,
            Supplier<Map<UserKey, Progress>> recordsForANewDatabase) throws SQLException {
        this.file = file;
        this.connection = connection;
        createSchemaIfNew(recordsForANewDatabase);
        this.select = connection.prepareStatement("SELECT version, record FROM progress WHERE user_key = ?");
        this.upsert = connection.prepareStatement(UPSERT);
        this.delete = connection.prepareStatement("DELETE FROM progress WHERE user_key = ?");
    }

    /** Opens the database, creating the file (and its folder) if there is none. */
    public static SqliteProgressStore open(Path file) {
        return open(file, Map::of);
    }

    /**
     * Opens the database; only when this creates it, the records supplied (an older progress file's, say) are read
     * and copied in, in the same transaction as the schema, so a crash during the copy leaves nothing half done.
     */
    public static SqliteProgressStore open(Path file, Supplier<Map<UserKey, Progress>> recordsForANewDatabase) {
        Connection connection = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            connection = configuration().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            return new SqliteProgressStore(file, connection, recordsForANewDatabase);
        } catch (SQLException | IOException e) {
            closeQuietly(connection);
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
    public synchronized Optional<Progress> load(UserKey user) {
        try {
            return Optional.ofNullable(stored(user));
        } catch (SQLException e) {
            throw new ProgressStoreException("Cannot load progress", e);
        }
    }

    @Override
    public synchronized Progress save(UserKey user, Progress progress) {
        try {
            return inWriteTransaction(() -> {
                Optional<Progress> next = VersionedWrite.ontoDurable(stored(user), progress);
                if (next.isEmpty()) {
                    return Progress.newUser();
                }
                write(upsert, user, next.get());
                return next.get();
            });
        } catch (SQLException e) {
            throw new ProgressStoreException("Cannot save progress", e);
        }
    }

    @Override
    public synchronized void delete(UserKey user) {
        try {
            delete.setString(1, user.value());
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new ProgressStoreException("Cannot delete progress", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new ProgressStoreException("Cannot close the progress database " + file, e);
        }
    }

    /** Whether SQLite finds the database file sound (PRAGMA integrity_check). */
    public synchronized boolean isIntact() {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            return result.next() && "ok".equals(result.getString(1)) && !result.next();
        } catch (SQLException e) {
            throw new ProgressStoreException("Cannot check the progress database " + file, e);
        }
    }

    private void createSchemaIfNew(Supplier<Map<UserKey, Progress>> recordsForANewDatabase) throws SQLException {
        inWriteTransaction(() -> {
            if (schemaVersion() == SCHEMA_VERSION) {
                return null;
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("CREATE TABLE progress (user_key TEXT PRIMARY KEY NOT NULL,"
                        + " version INTEGER NOT NULL, record TEXT NOT NULL) WITHOUT ROWID");
                try (PreparedStatement insert = connection.prepareStatement(UPSERT)) {
                    for (Map.Entry<UserKey, Progress> record : recordsForANewDatabase.get().entrySet()) {
                        write(insert, record.getKey(), record.getValue());
                    }
                }
                statement.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
            }
            return null;
        });
    }

    private int schemaVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA user_version")) {
            int version = result.next() ? result.getInt(1) : 0;
            if (version != 0 && version != SCHEMA_VERSION) {
                throw new SQLException("Unknown schema version " + version + " in " + file);
            }
            return version;
        }
    }

    private Progress stored(UserKey user) throws SQLException {
        select.setString(1, user.value());
        try (ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return null;
            }
            long version = row.getLong(1);
            return ProgressJson.read(row.getString(2)).withVersion(version);
        }
    }

    private static void write(PreparedStatement upsert, UserKey user, Progress progress) throws SQLException {
        upsert.setString(1, user.value());
        upsert.setLong(2, progress.version());
        upsert.setString(3, ProgressJson.write(progress));
        upsert.executeUpdate();
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs the work in a transaction that takes the write lock at its start, so that what it reads is what it
     * overwrites, even with another process on the same file.
     */
    private <T> T inWriteTransaction(Work<T> work) throws SQLException {
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
}
