package org.needsspace.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar in a child JVM whose temporary folder is the only one it should write (as on Lambda, where only
 * /tmp can be written): a turn in the user's own words loads the sentence encoder, and ONNX Runtime's native library
 * is unpacked under that folder, nowhere under the home folder, and deleted when the JVM exits.
 */
class EncoderNativeLibrariesIT {

    private static final Path JAR = Path.of("target", "needs-space-skill.jar");

    @Test
    void theEncodersNativeLibraryIsUnpackedUnderTheTemporaryFolder(@TempDir Path root) throws Exception {
        Path temporary = Files.createDirectories(root.resolve("tmp"));
        Path home = Files.createDirectories(root.resolve("home"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary, "-Duser.home=" + home, "-jar", JAR.toString(), "chat",
                "--progress-file", root.resolve("progress.json").toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (Writer input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
             BufferedReader answers = new BufferedReader(
                     new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            input.write("could you give me a nudge every evening to do something kind for myself\n");
            input.flush();
            for (String line = answers.readLine(); line != null; line = answers.readLine()) {
                output.append(line).append('\n');
                if (line.contains("What time works for you?")) {
                    break;
                }
            }
            assertTrue(output.toString().contains("What time works for you?"),
                    "the encoder read the words as a reminder: " + output);
            assertTrue(filesUnder(temporary).stream().anyMatch(file -> file.endsWith("libonnxruntime.so")),
                    "unpacked while the encoder is loaded: " + filesUnder(temporary));
            input.write("quit\n");
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the console ended");

        assertEquals(0, process.exitValue(), output.toString());
        assertEquals(List.of(), filesUnder(home));
        assertEquals(List.of(), filesUnder(temporary).stream().filter(file -> file.endsWith(".so")).toList(),
                "deleted at exit");
    }

    private static List<String> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(Path::toString).toList();
        }
    }
}
