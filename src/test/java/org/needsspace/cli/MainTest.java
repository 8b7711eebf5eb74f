package org.needsspace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aScriptedConversationExitsZeroAndKeepsProgressInTheGivenFile() {
        Path file = home.resolve("progress.json");
        assertEquals(0, run("chat", "--user", "pat", "--progress-file", file.toString(),
                "--say", "go to step three", "--say", "stop"));
        assertTrue(Files.exists(file));
        assertTrue(out().contains("Self-care practices"), out());
    }

    @Test
    void aProgressFileThatCannotBeWrittenIsSaidOnceAtStartAndExitsOne() throws Exception {
        Path notAFolder = Files.writeString(home.resolve("a-file"), "");
        Path file = notAFolder.resolve("progress.json");

        assertEquals(1, run("chat", "--progress-file", file.toString(), "--say", "go to step three"));

        assertEquals("", out(), "no conversation starts");
        assertTrue(err().startsWith("The command stopped: Progress cannot be kept in " + file), err());
        assertEquals(1, err().lines().count(), err());
        assertFalse(err().contains("\tat "), err());
    }

    @Test
    void theConsoleSpeaksForTheLocaleItIsGiven() {
        assertEquals(0, run("chat", "--user", "kim", "--progress-file", home.resolve("progress.json").toString(),
                "--locale", "en-GB", "--say", "I'm not safe", "--say", "stop"));
        assertTrue(out().contains("call 999") && out().contains("Samaritans free on 116"), out());
        // The first line names the progress file, whose temporary folder may hold any digits.
        String conversation = out().substring(out().indexOf('\n') + 1);
        assertFalse(conversation.contains("988") || conversation.contains("911"), conversation);
    }

    @Test
    void anUnknownCommandExitsTwoWithBothUsages() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("Unknown command: frobnicate"));
        assertTrue(err().contains("chat [options]") && err().contains("serve --port"), err());
    }

    @Test
    void aBadChatOptionExitsTwoWithTheChatUsageOnly() {
        assertEquals(2, run("chat", "--bogus"));
        assertTrue(err().contains("chat [options]"), err());
        assertFalse(err().contains("serve --port"), err());
        assertEquals(2, run("chat", "--user"));
    }

    @Test
    void aBadServeOptionExitsTwoWithTheServeUsageOnly() {
        assertEquals(2, run("serve", "--port", "banana"));
        assertTrue(err().contains("serve --port"), err());
        assertFalse(err().contains("chat [options]"), err());
    }

    @Test
    void aConnectionCapThatIsNotAPositiveNumberIsAMistake() {
        assertEquals(2, run("serve", "--max-connections", "0"));
        assertTrue(err().contains("--max-connections must be a positive number"), err());
        assertEquals(2, run("serve", "--max-connections", "lots"));
    }

    @Test
    void aDynamoDbTableWithAnSqliteDatabaseIsAMistakeSaidBeforeAnythingStarts() {
        assertEquals(2, run("serve", "--dynamodb-table", "team-progress", "--database", home.resolve("p.db").toString()));

        assertTrue(err().startsWith("--dynamodb-table keeps progress in DynamoDB: leave out --database and"
                + " --progress-file"), err());
        assertTrue(err().contains("serve --port"), err());
        assertEquals("", out());
    }

    @Test
    void helpOnEachCommandPrintsItsUsageAndExitsZero() {
        assertEquals(0, run("chat", "--help"));
        assertTrue(out().contains("chat [options]") && !out().contains("serve --port"), out());
        out.reset();
        assertEquals(0, run("serve", "-h"));
        assertTrue(out().contains("serve --port") && !out().contains("chat [options]"), out());
        out.reset();
        assertEquals(0, run("help"));
        assertTrue(out().contains("chat [options]") && out().contains("serve --port"), out());
    }

    @Test
    void noCommandIsAMistake() {
        assertEquals(2, run());
        assertTrue(err().contains("Say which command"), err());
    }
}
