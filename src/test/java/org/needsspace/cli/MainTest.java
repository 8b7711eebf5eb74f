package org.needsspace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path home;

    @Test
    void aScriptedConversationExitsZeroAndKeepsProgressInTheGivenFile() {
        Path file = home.resolve("progress.json");
        assertEquals(0, Main.run(List.of("chat", "--user", "pat", "--progress-file", file.toString(),
                "--say", "go to step three", "--say", "stop")));
        assertEquals(true, Files.exists(file));
    }

    @Test
    void badCommandsAndOptionsExitTwoWithUsage() {
        assertEquals(2, Main.run(List.of("frobnicate")));
        assertEquals(2, Main.run(List.of("chat", "--bogus")));
        assertEquals(2, Main.run(List.of("chat", "--user")));
    }

    @Test
    void helpExitsZero() {
        assertEquals(0, Main.run(List.of("help")));
    }
}
