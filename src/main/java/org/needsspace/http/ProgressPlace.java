package org.needsspace.http;

import java.nio.file.Path;

/** Where serve mode keeps every user's progress: an SQLite file on this machine, or a DynamoDB table. */
public sealed interface ProgressPlace {

    /**
     * @param database     the SQLite database where progress is kept
     * @param progressFile an older JSON progress file, copied into the database when serve mode creates it
     */
    record SqliteDatabase(Path database, Path progressFile) implements ProgressPlace {
    }

    /** A table that several serve-mode instances can share; reached through the standard AWS configuration. */
    record DynamoDbTable(String name) implements ProgressPlace {
    }
}
