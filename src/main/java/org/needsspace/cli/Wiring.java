package org.needsspace.cli;

import com.amazon.ask.CustomSkill;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.content.ContentCatalog;
import org.needsspace.progress.FileProgressStore;
import org.needsspace.progress.ProgressStore;
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
        String description = tableName.map(name -> "(progress is kept in the DynamoDB table " + name + ")")
                .orElse("(progress is kept in " + progressFile + ")");
        ContentCatalog catalog = ContentCatalog.loadAll();
        // Built while the console greets the user and waits for the first line.
        catalog.startBuildingUnderstanding();
        Turns turns = new Turns(catalog, store, Clock.systemUTC(), Random::new);
        return new Wiring(SkillFactory.create(turns, catalog, Optional.empty()), description, store, catalog);
    }

    /**
     * Serve mode keeps progress in an SQLite database; when it creates the database, it copies in the records of
     * the JSON progress file earlier versions kept, and leaves that file as it was. Deletes owed by a SkillDisabled
     * that failed before the last stop are carried out, and records expired under the retention purged, before the
     * endpoint listens; the purge then runs daily until the store is closed.
     */
    static Wiring forServe(Path database, Path progressFile, Optional<String> skillId) {
        ContentCatalog catalog = ContentCatalog.loadAll();
        // Before the endpoint listens, so that no request waits for it.
        catalog.buildUnderstandingNow();
        SqliteProgressStore store =
                SqliteProgressStore.open(database, new FileProgressStore(progressFile)::everyRecord);
        // Deletes owed by a SkillDisabled that failed before the last stop.
        store.retryPendingDeletes();
        // Records of users gone for longer than the retention, as DynamoDB's TTL removes them on Lambda.
        store.purgeExpired();
        store.purgeExpiredDaily();
        Turns turns = new Turns(catalog, store, Clock.systemUTC(), Random::new);
        return new Wiring(SkillFactory.create(turns, catalog, skillId),
                "(progress is kept in the database " + database + ")", store, catalog);
    }
}
