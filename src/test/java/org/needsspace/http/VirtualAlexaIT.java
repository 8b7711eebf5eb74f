package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needsspace.TestContent;
import org.needsspace.dialog.CorpusLine;
import org.needsspace.dialog.CorpusScore;
import org.needsspace.dialog.HeardAnswer;

/**
 * An external client: the npm package virtual-alexa walks the packaged jar's serve mode (started here on a free
 * loopback port, signature check off) with the project's own interaction model; ssml-check-core checks every answer.
 */
class VirtualAlexaIT {

    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000a1e";
    private static final Pattern LISTENING = Pattern.compile("Listening on (http://127\\.0\\.0\\.1:\\d+/)");
    private static final List<String> SECTIONS_IN_ORDER = List.of("Initiating the conversation", "Active listening",
            "Giving space without disconnecting", "Maintaining independence", "Self-care practices",
            "Pursuing interests", "Expressing support", "Avoiding pressure", "Reflecting on needs",
            "Future discussions", "Friends and family", "Professional guidance");

    private static final double CORPUS_TARGET = 0.90;
    private static final int CORPUS_MINIMUM = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    private static Path nodeTools() {
        return Path.of(System.getProperty("node.tools.dir", "src/test/node")).toAbsolutePath();
    }

    private static Path model() {
        return model("en-US");
    }

    private static Path model(String locale) {
        return Path.of("interaction-model/interactionModels/custom/" + locale + ".json").toAbsolutePath();
    }

    private Process serve() throws IOException {
        Path jar = Path.of("target/needs-space-skill.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "package the jar first: " + jar);
        return new ProcessBuilder(javaBinary(), "-jar", jar.toString(), "serve", "--port", "0",
                "--no-signature-check", "--skill-id", SKILL_ID,
                "--progress-file", directory.resolve("progress.json").toString())
                .redirectErrorStream(true).start();
    }

    /**
     * Corpus lines that need no place in the guide (everything but navigation), each said by a new user through
     * virtual-alexa and serve mode; judged like the corpus test judges the console's path. Lines virtual-alexa's
     * literal matcher cannot place in the model (no carrier phrase starts them) are counted, not judged.
     */
    @Test
    void virtualAlexaUnderstandsCorpusLinesThroughServeMode() throws Exception {
        List<CorpusLine> lines = CorpusLine.all().stream().filter(line -> !line.isNavigation()).toList();
        Path linesFile = directory.resolve("lines.json");
        JSON.writeValue(linesFile.toFile(), lines.stream().map(CorpusLine::words).toList());
        Process server = serve();
        Map<String, List<JsonNode>> answers = new HashMap<>();
        try {
            String url = awaitUrl(server);
            Process corpus = new ProcessBuilder("node", "corpus.js", url, model().toString(), SKILL_ID, linesFile.toString())
                    .directory(nodeTools().toFile()).redirectErrorStream(true).start();
            String output = new String(corpus.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(corpus.waitFor(300, TimeUnit.SECONDS), "corpus.js finished");
            assertEquals(0, corpus.exitValue(), output);
            for (String line : output.split("\\R")) {
                if (line.startsWith("HEARD ")) {
                    JsonNode heard = JSON.readTree(line.substring("HEARD ".length()));
                    answers.computeIfAbsent(heard.path("words").asText(), words -> new ArrayList<>()).add(heard);
                }
            }
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        judge(lines, answers);
    }

    private static void judge(List<CorpusLine> lines, Map<String, List<JsonNode>> answers) {
        HeardAnswer heardAnswer = new HeardAnswer(TestContent.english());
        int unmatched = 0;
        List<String> falseAlarms = new java.util.ArrayList<>();
        CorpusScore score = new CorpusScore("Corpus through virtual-alexa and serve mode:");
        for (CorpusLine line : lines) {
            List<JsonNode> said = answers.getOrDefault(line.words(), List.of());
            assertFalse(said.isEmpty(), "no answer for \"" + line.words() + "\"");
            if (said.get(0).has("unmatched")) {
                unmatched++;
                continue;
            }
            String heard = heard(heardAnswer, said.get(0));
            java.util.Optional<String> choice = line.choiceIn(heard);
            if (choice.isPresent()) {
                heard = said.stream().filter(answer -> choice.get().equals(answer.path("choice").asText()))
                        .findFirst().map(answer -> heard(heardAnswer, answer)).orElse(heard);
            }
            score.add(line, heard, line.isAnsweredBy(heard));
            if (line.category().equals("harmless") && CorpusLine.isSafetyAnswer(heard)) {
                falseAlarms.add(line.words());
            }
            assertTrue(!line.isSafety() || CorpusLine.isSafetyAnswer(heard), "safety missed: " + line.words() + " heard " + heard);
        }
        String report = score.table() + String.format("  (%d lines judged, %d not placed by virtual-alexa's matcher)%n",
                score.judged(), unmatched);
        System.out.print(report);
        assertTrue(score.judged() >= CORPUS_MINIMUM, "at least " + CORPUS_MINIMUM + " lines judged" + report);
        assertTrue(score.reaches(CORPUS_TARGET), report + score.misses());
        assertTrue(falseAlarms.size() <= CorpusLine.MEASURED_FALSE_ALARMS, "false alarms: " + falseAlarms);
    }

    private static String heard(HeardAnswer heardAnswer, JsonNode answer) {
        return heardAnswer.of(answer.path("ssml").asText(), text(answer, "cardTitle"), text(answer, "cardText"),
                answer.path("open").asBoolean());
    }

    private static java.util.Optional<String> text(JsonNode answer, String field) {
        return answer.path(field).isTextual() ? java.util.Optional.of(answer.path(field).asText()) : java.util.Optional.empty();
    }

    @Test
    void virtualAlexaWalksTheWholeGuideThroughServeMode() throws Exception {
        Path nodeTools = nodeTools();
        Path model = model();
        Process server = serve();
        try {
            String url = awaitUrl(server);
            Process walk = new ProcessBuilder("node", "walk.js", url, model.toString(), SKILL_ID)
                    .directory(nodeTools.toFile()).redirectErrorStream(true).start();
            String output = new String(walk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(walk.waitFor(120, TimeUnit.SECONDS), "walk.js finished");
            assertEquals(0, walk.exitValue(), output);
            assertTrue(output.contains("SUMMARY ok: 18 turns"), output);
            assertSectionsHeardInOrder(output);
            assertTrue(said(output, "topic").contains("Active listening"), output);
            assertTrue(said(output, "go to step").startsWith("Step four"), output);
            assertTrue(said(output, "stop").contains("Goodbye"), output);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * The British, Australian and Indian skill, each with its own model: launch, headline, a topic, its own numbers,
     * and its own emergency words heard as a call for help.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en-GB | 999, 0808 2000 247, 0808 801 0327, 116 123 | call nine nine nine",
            "en-AU | 000, 1800 737 732, 13 11 14 | triple zero",
            "en-IN | 112, 14416 | one one two"})
    void virtualAlexaTalksToTheSkillInOtherEnglishLocales(String locale, String numbers, String emergencyWords)
            throws Exception {
        Process server = serve();
        try {
            String url = awaitUrl(server);
            Process walk = new ProcessBuilder("node", "locale-walk.js", url, model(locale).toString(), SKILL_ID, locale,
                    emergencyWords).directory(nodeTools().toFile()).redirectErrorStream(true).start();
            String output = new String(walk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(walk.waitFor(120, TimeUnit.SECONDS), "locale-walk.js finished");
            assertEquals(0, walk.exitValue(), output);
            assertTrue(output.contains("SUMMARY ok: " + locale), output);
            assertTrue(said(output, "launch").contains("Welcome to Partner Space Coach"), output);
            assertTrue(said(output, "headline").contains(SECTIONS_IN_ORDER.get(0)), output);
            assertTrue(said(output, "topic").contains("Active listening"), output);
            for (String step : List.of("safety", "emergency")) {
                String safety = said(output, step) + " " + said(output, "CARD", step);
                for (String number : numbers.split(",\\s*")) {
                    assertTrue(safety.contains(number), locale + " " + step + " says " + number + ": " + safety);
                }
                for (String american : List.of("911", "988", "1-800-799-7233", "88788")) {
                    assertFalse(safety.contains(american), locale + " says the US number " + american + ": " + safety);
                }
            }
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void assertSectionsHeardInOrder(String output) {
        List<String> walked = new ArrayList<>();
        walked.add(said(output, "headline"));
        for (int i = 2; i <= 12; i++) {
            walked.add(said(output, "next " + i));
        }
        for (int i = 0; i < SECTIONS_IN_ORDER.size(); i++) {
            assertTrue(walked.get(i).contains(SECTIONS_IN_ORDER.get(i)),
                    "turn " + (i + 1) + " should read " + SECTIONS_IN_ORDER.get(i) + ": " + walked.get(i));
        }
    }

    private static String said(String output, String step) {
        return said(output, "SAID", step);
    }

    private static String said(String output, String kind, String step) {
        for (String line : output.split("\\R")) {
            if (line.startsWith(kind + " " + step + ": ")) {
                return line.substring((kind + " " + step + ": ").length());
            }
        }
        throw new AssertionError("walk.js reported no turn " + step + ":\n" + output);
    }

    private static String awaitUrl(Process server) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        lines.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the server stopped
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return matcher.group(1);
            }
        }
        throw new AssertionError("serve mode did not start:\n" + seen);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
