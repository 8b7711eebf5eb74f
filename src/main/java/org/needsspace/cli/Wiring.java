package org.needsspace.cli;

import com.amazon.ask.CustomSkill;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.content.ContentCatalog;
import org.needsspace.http.ProgressPlace;
import org.needsspace.progress.FileProgressStore;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.dynamodb.DynamoDbProgressStore;
import org.needsspace.progress.sqlite.SqliteProgressStore;
import org.needsspace.skill.SkillConfiguration;
import org.needsspace.skill.SkillFactory;

/** The skill with the collaborators a local run uses; the store is closed when the run ends. */
record Wiring(CustomSkill skill, String storeDescription, ProgressStore store, ContentCatalog catalog) {

    /**
     * @param environment with {@code PROGRESS_TABLE_NAME} set, progress goes to that DynamoDB table (endpoint,
     *                    region and credentials from the usual AWS variables); otherwise to {@code progressFile}
     */
    static Wiring forConsole(Path progressFile, Map<String, String> environment) {
        Optional<String> tableName = SkillConfiguration.from(environment).progressTableName();
        ProgressStore store = tableName.<ProgressStore>map(DynamoDbProgressStore::forTable).orElseGet(() -> {
            FileProgressStore file = new FileProgressStore(progressFile);
            file.checkWritable();
            return file;
        });
        String description = tableName.map(Wiring::inTable)
                .orElse("(progress is kept in " + progressFile + ")");
        ContentCatalog catalog = ContentCatalog.loadAll();
        // Built while the console greets the user and waits for the first line.
        catalog.startBuildingUnderstanding();
        Turns turns = new Turns(catalog, store, Clock.systemUTC(), Random::new);
        return new Wiring(SkillFactory.create(turns, catalog, Optional.empty()), description, store, catalog);
    }

    /** Serve mode, with progress where the options say; see {@link #forServe(ProgressPlace, Optional, Function)}. */
    static Wiring forServe(ProgressPlace place, Optional<String> skillId) {
        return forServe(place, skillId, DynamoDbProgressStore::forTable);
    }

    /**
     * Deletes owed by a SkillDisabled that failed (here, or in any instance sharing the table) are carried out
     * before the endpoint listens; a store that cannot be reached stops serve mode there.
     *
     * <p>In an SQLite database: when serve mode creates it, the records of the JSON progress file earlier versions
     * kept are copied in, and that file is left as it was; records expired under the retention are purged at
     * start and then daily until the store is closed. In a DynamoDB table, the table's TTL removes them.
     *
     * @param storeForTable the store on a DynamoDB table
     */
    static Wiring forServe(ProgressPlace place, Optional<String> skillId,
            Function<String, ProgressStore> storeForTable) {
        if (place instanceof ProgressPlace.DynamoDbTable table) {
            return serving(openTable(table.name(), storeForTable), inTable(table.name()), skillId);
        }
        ProgressPlace.SqliteDatabase sqlite = (ProgressPlace.SqliteDatabase) place;
        return serving(openDatabase(sqlite), "(progress is kept in the database " + sqlite.database() + ")", skillId);
    }

    private static Wiring serving(ProgressStore store, String description, Optional<String> skillId) {
        ContentCatalog catalog = ContentCatalog.loadAll();
        // Before the endpoint listens, so that no request waits for it.
        catalog.buildUnderstandingNow();
        Turns turns = new Turns(catalog, store, Clock.systemUTC(), Random::new);
        return new Wiring(SkillFactory.create(turns, catalog, skillId), description, store, catalog);
    }

    private static SqliteProgressStore openDatabase(ProgressPlace.SqliteDatabase place) {
        SqliteProgressStore store = SqliteProgressStore.open(place.database(),
                new FileProgressStore(place.progressFile())::everyRecord);
        store.retryPendingDeletes();
        // Records of users gone for longer than the retention, as DynamoDB's TTL removes them on Lambda.
        store.purgeExpired();
        store.purgeExpiredDaily();
        return store;
    }

    private static ProgressStore openTable(String table, Function<String, ProgressStore> storeForTable) {
        ProgressStore store = storeForTable.apply(table);
        try {
            store.retryPendingDeletes();
        } catch (ProgressStoreException unreachable) {
            store.close();
            throw new ProgressStoreException("Cannot use the DynamoDB table " + table + ": "
                    + rootMessage(unreachable), unreachable);
        }
        return store;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static String inTable(String name) {
        return "(progress is kept in the DynamoDB table " + name + ")";
    }
}
