package org.needsspace.cli;

import com.amazon.ask.CustomSkill;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.needsspace.skill.SkillFactory;
import org.needsspace.alexa.Turns;
import org.needsspace.content.ContentCatalog;
import org.needsspace.skill.SkillConfiguration;
import org.needsspace.progress.FileProgressStore;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.dynamodb.DynamoDbProgressStore;

/**
 * The skill with the collaborators a local run uses.
 *
 * @param resources closed when the run ends: the progress store, when it holds something to close
 */
record Wiring(CustomSkill skill, String storeDescription, AutoCloseable resources) {

    /**
     * @param environment with {@code PROGRESS_TABLE_NAME} set, progress goes to that DynamoDB table (endpoint,
     *                    region and credentials from the usual AWS variables); otherwise to {@code progressFile}
     */
    static Wiring forConsole(Path progressFile, Map<String, String> environment) {
        Optional<String> tableName = SkillConfiguration.from(environment).progressTableName();
        ProgressStore store = tableName.<ProgressStore>map(DynamoDbProgressStore::forTable)
                .orElseGet(() -> new FileProgressStore(progressFile));
        String description = tableName.map(name -> "(progress is kept in the DynamoDB table " + name + ")")
                .orElse("(progress is kept in " + progressFile + ")");
        ContentCatalog catalog = ContentCatalog.loadAll();
        // Built while the console greets the user and waits for the first line.
        catalog.startBuildingUnderstanding();
        Turns turns = new Turns(catalog, store, Clock.systemUTC(), Random::new);
        return new Wiring(SkillFactory.create(turns, catalog, Optional.empty()), description, closing(store));
    }

    static Wiring forServe(Path progressFile, Optional<String> skillId) {
        ContentCatalog catalog = ContentCatalog.loadAll();
        // Before the endpoint listens, so that no request waits for it.
        catalog.buildUnderstandingNow();
        ProgressStore store = new FileProgressStore(progressFile);
        Turns turns = new Turns(catalog, store, Clock.systemUTC(), Random::new);
        return new Wiring(SkillFactory.create(turns, catalog, skillId), "(progress is kept in " + progressFile + ")",
                closing(store));
    }

    /** What closes {@code store}: nothing for a store that holds nothing open. */
    static AutoCloseable closing(ProgressStore store) {
        return store instanceof AutoCloseable closeable ? closeable : () -> { };
    }
}
