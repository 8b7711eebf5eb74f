package org.needsspace.progress.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.domain.Progress;

/**
 * A process writing 1,000 saves at once is killed with SIGKILL in the middle; opened again, the database is
 * intact and holds every save the process had acknowledged.
 */
class SqliteCrashIT {

    private static final int WRITES = 1_000;
    private static final int THREADS = 16;
    private static final int USERS = 100;
    private static final int ACKS_BEFORE_KILL = 150;

    @TempDir
    Path folder;

    private record Ack(int write, int user, long version) {
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKillInTheMiddleOfConcurrentWrites() throws Exception {
        Path database = folder.resolve("progress.db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ConcurrentWriter.class.getName(),
                database.toString(), Integer.toString(WRITES), Integer.toString(THREADS), Integer.toString(USERS))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Ack> acks = new ArrayList<>();
        boolean killedWhileWriting;
        boolean finished = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acks.size() < ACKS_BEFORE_KILL && (line = lines.readLine()) != null) {
                record(line, acks);
            }
            killedWhileWriting = child.isAlive();
            // SIGKILL through the handle: Process.destroyForcibly would also close the pipe still to be read.
            child.toHandle().destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
            // What it printed before it died was acknowledged too, and must be there as well.
            while ((line = lines.readLine()) != null) {
                finished |= line.equals("done");
                record(line, acks);
            }
        } finally {
            child.destroyForcibly();
        }
        assertTrue(killedWhileWriting, "the child was still writing when killed");
        assertFalse(finished, "the child was killed before it had written everything");
        assertTrue(acks.size() < WRITES, "killed in the middle: " + acks.size() + " of " + WRITES + " acknowledged");
        System.out.printf("%d of %d saves acknowledged before the kill%n", acks.size(), WRITES);

        try (SqliteProgressStore reopened = SqliteProgressStore.open(database)) {
            assertTrue(reopened.isIntact(), "integrity check");
            for (Ack ack : acks) {
                Progress stored = reopened.load(ConcurrentWriter.user(ack.user())).orElseThrow(
                        () -> new AssertionError("user " + ack.user() + " lost after write " + ack.write()));
                assertTrue(stored.heardSections().contains(ConcurrentWriter.section(ack.write())),
                        "write " + ack.write() + " lost");
                assertTrue(stored.version() >= ack.version(), "version went back for user " + ack.user());
            }
        }
    }

    private static void record(String line, List<Ack> acks) {
        if (!line.startsWith("ack ")) {
            return;
        }
        String[] parts = line.split(" ");
        acks.add(new Ack(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Long.parseLong(parts[3])));
    }

    @Test
    void theChildWritesAllItsSavesWhenLeftAlone() throws IOException, InterruptedException {
        Path database = folder.resolve("whole.db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ConcurrentWriter.class.getName(),
                database.toString(), "60", "4", "6")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));

        assertEquals(0, child.exitValue());
        assertEquals(60, output.stream().filter(l -> l.startsWith("ack ")).count());
        assertEquals("done", output.get(output.size() - 1));
        try (SqliteProgressStore store = SqliteProgressStore.open(database)) {
            for (int user = 0; user < 6; user++) {
                assertEquals(10, store.load(ConcurrentWriter.user(user)).orElseThrow().heardSections().size());
            }
        }
    }
}
