package org.needsspace.console;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Speaks answers aloud with espeak-ng when asked and installed; otherwise stays silent. */
public interface Voice {

    void speak(String text);

    static Voice silent() {
        return text -> { };
    }

    static Voice espeakIfInstalled(PrintStream out) {
        String path = System.getenv().getOrDefault("PATH", "");
        boolean installed = Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "espeak-ng")));
        if (!installed) {
            out.println("(--voice: espeak-ng is not installed, so answers are shown but not spoken;"
                    + " apt-get install espeak-ng adds it)");
            return silent();
        }
        return text -> {
            try {
                new ProcessBuilder("espeak-ng", "-s", "150", text.replaceAll("\\[pause [^]]+]", ","))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start()
                        .waitFor();
            } catch (IOException e) {
                out.println("(could not run espeak-ng: " + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
