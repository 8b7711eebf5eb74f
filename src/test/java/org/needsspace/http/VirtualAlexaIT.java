package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir
    Path directory;

    @Test
    void virtualAlexaWalksTheWholeGuideThroughServeMode() throws Exception {
        Path nodeTools = Path.of(System.getProperty("node.tools.dir", "src/test/node")).toAbsolutePath();
        Path model = Path.of("interaction-model/interactionModels/custom/en-US.json").toAbsolutePath();
        Path jar = Path.of("target/needs-space-skill.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "package the jar first: " + jar);
        Process server = new ProcessBuilder(javaBinary(), "-jar", jar.toString(), "serve", "--port", "0",
                "--no-signature-check", "--skill-id", SKILL_ID,
                "--progress-file", directory.resolve("progress.json").toString())
                .redirectErrorStream(true).start();
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
        for (String line : output.split("\\R")) {
            if (line.startsWith("SAID " + step + ": ")) {
                return line.substring(("SAID " + step + ": ").length());
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
