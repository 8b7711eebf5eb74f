package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServeOptionsTest {

    private static ServeOptions parse(String... args) {
        return ServeOptions.parse(List.of(args), Map.of());
    }

    @Test
    void aDynamoDbTableKeepsProgressInThatTable() {
        assertEquals(new ProgressPlace.DynamoDbTable("team-progress"),
                parse("--port", "0", "--dynamodb-table", "team-progress").progress());
    }

    @Test
    void withoutADynamoDbTableProgressIsKeptInSqlite() {
        assertInstanceOf(ProgressPlace.SqliteDatabase.class, parse("--port", "0").progress());
    }

    /** In either order: the SQLite options would be silently ignored otherwise. */
    @ParameterizedTest
    @ValueSource(strings = {"--database", "--progress-file"})
    void aDynamoDbTableWithAnSqliteOptionIsAUsageError(String sqliteOption) {
        IllegalArgumentException after = assertThrows(IllegalArgumentException.class,
                () -> parse("--dynamodb-table", "team-progress", sqliteOption, "/tmp/progress"));
        IllegalArgumentException before = assertThrows(IllegalArgumentException.class,
                () -> parse(sqliteOption, "/tmp/progress", "--dynamodb-table", "team-progress"));

        String expected = "--dynamodb-table keeps progress in DynamoDB: leave out --database and --progress-file,"
                + " which are for SQLite";
        assertEquals(expected, after.getMessage());
        assertEquals(expected, before.getMessage());
    }

    @Test
    void aDynamoDbTableNeedsANonEmptyName() {
        assertEquals("--dynamodb-table must not be empty",
                assertThrows(IllegalArgumentException.class, () -> parse("--dynamodb-table", " ")).getMessage());
        assertEquals("--dynamodb-table needs a value",
                assertThrows(IllegalArgumentException.class, () -> parse("--dynamodb-table")).getMessage());
    }
}
