package org.needsspace.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * /tmp can be written): a turn in the user's own words loads the sentence encoder, whose native libraries are
 * unpacked under that folder and nowhere under the home folder (ONNX Runtime unpacks its own there too, and
 * deletes it when the JVM exits).
 */
class EncoderNativeLibrariesIT {

    private static final Path JAR = Path.of("target", "needs-space-skill.jar");

    @Test
    void theEncodersNativeLibrariesAreUnpackedUnderTheTemporaryFolder(@TempDir Path root) throws Exception {
        Path temporary = Files.createDirectories(root.resolve("tmp"));
        Path home = Files.createDirectories(root.resolve("home"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary, "-Duser.home=" + home, "-jar", JAR.toString(), "chat",
                "--progress-file", root.resolve("progress.json").toString(),
                "--say", "could you give me a nudge every evening to do something kind for myself");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the console answered");

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("What time works for you?"), "the encoder read the words as a reminder: " + output);
        assertTrue(filesUnder(temporary).stream().anyMatch(file -> file.endsWith("libtokenizers.so")), output);
        assertEquals(List.of(), filesUnder(home));
    }

    private static List<String> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(Path::toString).toList();
        }
    }
}
