package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Serve mode's options: where progress is kept, TLS and the read time limit; the keystore's password comes from the environment only. */
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


    @Test
    void withoutAKeystoreServeModeSpeaksPlainHttp() {
        assertEquals(Optional.empty(), ServeOptions.parse(List.of(), Map.of("KEYSTORE_PASSWORD", "unused")).tls());
    }

    @Test
    void theKeystorePasswordIsReadFromKeystorePasswordUnlessAnotherVariableIsNamed() {
        ServeOptions byDefault = ServeOptions.parse(List.of("--keystore", "serve.p12"),
                Map.of("KEYSTORE_PASSWORD", "from-default"));
        ServeOptions named = ServeOptions.parse(List.of("--keystore", "serve.p12", "--keystore-password-env", "MY_PW"),
                Map.of("KEYSTORE_PASSWORD", "not-this-one", "MY_PW", "from-named"));

        assertEquals(Optional.of(new ServeTls(Path.of("serve.p12"), "from-default")), byDefault.tls());
        assertEquals(Optional.of(new ServeTls(Path.of("serve.p12"), "from-named")), named.tls());
    }

    @Test
    void aKeystoreWithoutItsPasswordVariableIsRefusedNamingTheVariable() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ServeOptions.parse(
                List.of("--keystore", "serve.p12", "--keystore-password-env", "MY_PW"), Map.of()));
        assertTrue(refused.getMessage().contains("MY_PW"), refused.getMessage());
    }

    @Test
    void thePasswordIsNeverPrinted() {
        ServeOptions options = ServeOptions.parse(List.of("--keystore", "serve.p12"),
                Map.of("KEYSTORE_PASSWORD", "s3cret-value"));
        assertFalse(options.toString().contains("s3cret-value"), options.toString());
    }

    @Test
    void theReadTimeLimitIsFiveSecondsUnlessSet() {
        assertEquals(Duration.ofSeconds(5), ServeOptions.parse(List.of(), Map.of()).limits().readTime());
        assertEquals(Duration.ofSeconds(12),
                ServeOptions.parse(List.of("--read-time-limit", "12"), Map.of()).limits().readTime());
        assertThrows(IllegalArgumentException.class,
                () -> ServeOptions.parse(List.of("--read-time-limit", "0"), Map.of()));
    }
}
