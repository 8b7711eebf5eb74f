package org.needsspace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.domain.Progress;
import org.needsspace.http.ServeOptions;
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

        assertEquals(progressFile.toAbsolutePath().resolveSibling("progress.db"), defaults.database());
        assertEquals(home.resolve("db/skill.db"), chosen.database());
    }

    @Test
    void deletesOwedBeforeTheLastStopAreDoneWhenServeModeStarts() {
        Path database = home.resolve("progress.db");
        UserKey leaving = UserKey.of("amzn1.ask.account.left-while-down");
        try (SqliteProgressStore before = SqliteProgressStore.open(database)) {
            before.save(leaving, Progress.newUser().visitedAt(Instant.parse("2030-01-01T00:00:00Z")));
            before.deleteLater(leaving);
        }

        try (var store = Wiring.forServe(database, home.resolve("progress.json"), Optional.empty()).store()) {
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

        Wiring.forServe(database, home.resolve("progress.json"), Optional.empty()).store().close();

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

        Wiring serve = Wiring.forServe(database, progressFile, Optional.empty());
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
}
