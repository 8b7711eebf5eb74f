package org.needsspace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.domain.Progress;
import org.needsspace.http.ProgressPlace;
import org.needsspace.http.ServeOptions;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import org.needsspace.progress.sqlite.SqliteProgressStore;

class ServeWiringTest {

    @TempDir
    Path home;

    @Test
    void serveModeKeepsProgressInADatabaseBesideTheProgressFileUnlessToldWhere() {
        Path progressFile = home.resolve("state").resolve("progress.json");

        ServeOptions defaults = ServeOptions.parse(List.of("--progress-file", progressFile.toString()), Map.of());
        ServeOptions chosen = ServeOptions.parse(List.of("--database", home.resolve("db/skill.db").toString()), Map.of());

        assertEquals(new ProgressPlace.SqliteDatabase(progressFile.toAbsolutePath().resolveSibling("progress.db"),
                progressFile), defaults.progress());
        assertEquals(home.resolve("db/skill.db"), ((ProgressPlace.SqliteDatabase) chosen.progress()).database());
    }

    @Test
    void deletesOwedBeforeTheLastStopAreDoneWhenServeModeStarts() {
        Path database = home.resolve("progress.db");
        UserKey leaving = UserKey.of("amzn1.ask.account.left-while-down");
        try (SqliteProgressStore before = SqliteProgressStore.open(database)) {
            before.save(leaving, Progress.newUser().visitedAt(Instant.parse("2030-01-01T00:00:00Z")));
            before.deleteLater(leaving);
        }

        try (var store = Wiring.forServe(sqlite(database, home.resolve("progress.json")), Optional.empty()).store()) {
            assertEquals(Optional.empty(), store.load(leaving));
        }
    }

    @Test
    void recordsNotWrittenForTheRetentionArePurgedWhenServeModeStarts() {
        Path database = home.resolve("progress.db");
        UserKey gone = UserKey.of("amzn1.ask.account.gone-for-years");
        Clock longAgo = Clock.fixed(Instant.parse("2001-01-01T00:00:00Z"), ZoneOffset.UTC);
        try (SqliteProgressStore before = SqliteProgressStore.open(database, Map::of, longAgo)) {
            before.save(gone, Progress.newUser().visitedAt(longAgo.instant()));
        }

        Wiring.forServe(sqlite(database, home.resolve("progress.json")), Optional.empty()).store().close();

        try (SqliteProgressStore after = SqliteProgressStore.open(database, Map::of, longAgo)) {
            assertEquals(Optional.empty(), after.load(gone), "deleted, not only expired");
        }
    }

    @Test
    void aUserOfTheOldProgressFileResumesInServeModeAndTheFileIsKept() throws Exception {
        Path progressFile = home.resolve("progress.json");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = Main.run(List.of("chat", "--user", "sam", "--progress-file", progressFile.toString(),
                "--say", "go to step four", "--say", "stop"), Map.of(),
                new PrintStream(console, true, StandardCharsets.UTF_8), new PrintStream(console, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, console.toString(StandardCharsets.UTF_8));
        String fileBefore = Files.readString(progressFile);
        Path database = home.resolve("progress.db");

        Wiring serve = Wiring.forServe(sqlite(database, progressFile), Optional.empty());
        ResponseEnvelope answer;
        try (var store = serve.store()) {
            assertInstanceOf(SqliteProgressStore.class, store);
            answer = serve.skill().invoke(new LocalRequests(LocalRequests.userIdFor("sam"), LocalRequests.LOCAL_SKILL_ID)
                    .launch(LocalRequests.newSessionId()));
        }

        String speech = ((SsmlOutputSpeech) answer.getResponse().getOutputSpeech()).getSsml();
        assertTrue(speech.contains("Last time you were on step four"), speech);
        assertTrue(Files.exists(database));
        assertEquals(fileBefore, Files.readString(progressFile), "the old file is left as it was");
    }

    @Test
    void onDynamoDbProgressIsKeptInTheNamedTableAndTheStartUpLineSaysSo() {
        InMemoryProgressStore table = new InMemoryProgressStore();
        List<String> opened = new ArrayList<>();

        Wiring serve = Wiring.forServe(new ProgressPlace.DynamoDbTable("team-progress"), Optional.empty(), name -> {
            opened.add(name);
            return table;
        });
        serve.skill().invoke(new LocalRequests(LocalRequests.userIdFor("sam"), LocalRequests.LOCAL_SKILL_ID)
                .launch(LocalRequests.newSessionId()));

        assertEquals(List.of("team-progress"), opened);
        assertEquals("(progress is kept in the DynamoDB table team-progress)", serve.storeDescription());
        assertSame(table, serve.store());
        assertTrue(table.load(UserKey.of(LocalRequests.userIdFor("sam"))).isPresent(), "the launch was stored");
    }

    @Test
    void deletesOwedInTheTableAreDoneWhenServeModeStartsOnDynamoDb() {
        InMemoryProgressStore table = new InMemoryProgressStore();
        UserKey leaving = UserKey.of("amzn1.ask.account.left-while-another-instance-was-down");
        table.save(leaving, Progress.newUser().visitedAt(Instant.parse("2030-01-01T00:00:00Z")));
        table.deleteLater(leaving);

        Wiring.forServe(new ProgressPlace.DynamoDbTable("team-progress"), Optional.empty(), name -> table);

        assertEquals(Optional.empty(), table.load(leaving));
    }

    @Test
    void aTableThatCannotBeUsedStopsServeModeAtStartNamingTheTableAndWhy() {
        UnreachableTable table = new UnreachableTable();

        ProgressStoreException stopped = assertThrows(ProgressStoreException.class, () -> Wiring.forServe(
                new ProgressPlace.DynamoDbTable("no-such-table"), Optional.empty(), name -> table));

        assertEquals("Cannot use the DynamoDB table no-such-table: Requested resource not found",
                stopped.getMessage());
        assertTrue(table.closed, "its client is released");
    }

    private static ProgressPlace sqlite(Path database, Path progressFile) {
        return new ProgressPlace.SqliteDatabase(database, progressFile);
    }

    /** A table the store cannot reach, as when it was never created. */
    private static final class UnreachableTable implements ProgressStore {

        boolean closed;

        @Override
        public Optional<Progress> load(UserKey user) {
            throw unreachable();
        }

        @Override
        public Progress save(UserKey user, Progress progress) {
            throw unreachable();
        }

        @Override
        public void delete(UserKey user) {
            throw unreachable();
        }

        @Override
        public int retryPendingDeletes() {
            throw unreachable();
        }

        @Override
        public void close() {
            closed = true;
        }

        private static ProgressStoreException unreachable() {
            return new ProgressStoreException("Cannot carry out the pending deletes",
                    new IllegalStateException("Requested resource not found"));
        }
    }
}
