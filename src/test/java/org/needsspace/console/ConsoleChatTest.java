package org.needsspace.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.TestContent;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.progress.FileProgressStore;
import org.needsspace.skill.SkillFactory;

class ConsoleChatTest {

    @TempDir
    Path home;

    private String run(String user, List<String> script) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        chat(user, out).runScript(script);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private ConsoleChat chat(String user, PrintStream out) {
        Turns turns = new Turns(TestContent.CATALOG, new FileProgressStore(home.resolve("progress.json")),
                Clock.systemUTC(), Random::new);
        ConsoleSession session = new ConsoleSession(SkillFactory.create(turns, TestContent.CATALOG, Optional.empty()),
                UtteranceMapper.forLocale("en-US"),
                new LocalRequests(LocalRequests.userIdFor(user), LocalRequests.LOCAL_SKILL_ID));
        return new ConsoleChat(session, out, Voice.silent());
    }

    @Test
    void showsSpeechWithPausesMarkedTheCardAndWhetherTheSessionStaysOpen() {
        String output = run("pat", List.of("go to step two", "stop"));
        assertTrue(output.contains("Alexa: Step two, Respect boundaries: Giving space without disconnecting. [pause 500ms]"), output);
        assertTrue(output.contains("[card: Step 2: Respect boundaries - Giving space without disconnecting]"), output);
        assertTrue(output.contains("(listening; heard as GoToStepIntent)"), output);
        assertTrue(output.contains("(session ended"), output);
        assertFalse(output.contains("<break"), "no raw SSML shown");
    }

    @Test
    void aSecondRunResumesWhereTheFirstLeftOffForTheSameUserOnly() {
        run("pat", List.of("go to step four", "next", "stop"));
        assertTrue(run("pat", List.of()).contains("Last time you were on step four, Reassurance: Avoiding pressure."));
        assertFalse(run("kim", List.of()).contains("Last time"));
    }

    @Test
    void interactiveModeReadsLinesUntilQuit() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        chat("pat", new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .runInteractive(new BufferedReader(new StringReader("\nwhat are the steps\nquit\nnext\n")));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("The six steps are"), output);
        assertFalse(output.contains("Step one, Communicate"), "nothing after quit is said");
    }

    @Test
    void optionsAreParsedAndBadOnesExplained() {
        ConsoleOptions options = ConsoleOptions.parse(List.of("--user", "sam", "--say", "hi", "--say", "next", "--voice"));
        assertEquals("sam", options.user());
        assertEquals(List.of("hi", "next"), options.scriptedLines());
        assertTrue(options.voice());
        assertThrows(IllegalArgumentException.class, () -> ConsoleOptions.parse(List.of("--say")));
        assertThrows(IllegalArgumentException.class, () -> ConsoleOptions.parse(List.of("--bogus")));
        assertThrows(IllegalArgumentException.class, () -> ConsoleOptions.parse(List.of("--user", "../etc")));
        assertEquals("en-US", options.locale());
        assertEquals("en-AU", ConsoleOptions.parse(List.of("--locale", "en-AU")).locale());
        assertThrows(IllegalArgumentException.class, () -> ConsoleOptions.parse(List.of("--locale", "fr-FR")));
    }

    @Test
    void spokenTextMarksPausesAndDecodesEntities() {
        assertEquals("A [pause 4s] B & C", SsmlAsText.of("<speak>A <break time=\"4s\"/> B &amp; C</speak>"));
    }
}
