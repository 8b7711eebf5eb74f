package org.needsspace.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.needsspace.lambda.NeedsSpaceStreamHandler;

/**
 * One fresh JVM answering the request files given through the Lambda handler, configured from the environment as
 * on Lambda: the unit src/bench/cold-start.sh times. Prints each response envelope.
 */
public final class ColdLaunch {

    private ColdLaunch() {
    }

    public static void main(String[] args) throws IOException {
        NeedsSpaceStreamHandler handler = new NeedsSpaceStreamHandler();
        for (String file : args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                handler.handleRequest(in, out, null);
            }
            System.out.println(out.toString(StandardCharsets.UTF_8));
        }
    }
}
