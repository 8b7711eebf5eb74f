package org.needsspace.lambda;

import java.io.IOException;

/** Runs one request (JSON on stdin) through the handler Lambda would build: no-arg, configured by the environment. */
public final class InvokeFromStdin {

    private InvokeFromStdin() {
    }

    public static void main(String[] args) throws IOException {
        new NeedsSpaceStreamHandler().handleRequest(System.in, System.out, null);
        System.out.flush();
    }
}
