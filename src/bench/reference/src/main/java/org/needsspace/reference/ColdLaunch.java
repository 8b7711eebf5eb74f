package org.needsspace.reference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One fresh JVM answering the request files given, through the Lambda handler: the cold-start benchmark's unit. */
public final class ColdLaunch {

    public static void main(String[] args) throws IOException {
        ReferenceStreamHandler handler = new ReferenceStreamHandler();
        for (String file : args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(Files.newInputStream(Path.of(file)), out, null);
            System.out.println(out.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
