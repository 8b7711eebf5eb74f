package org.needsspace.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class (junit-platform.properties): what the code under test prints, its expected
 * warnings and errors included, goes to {@code target/test-output/<class>.txt} instead of the build's console.
 * A failing test still shows what was printed while it ran, on the console, under its name.
 */
public final class CapturedOutput implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback {

    static final Path DIRECTORY = Path.of("target", "test-output");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CapturedOutput.class);

    private static final class Capture {
        final PrintStream consoleOut = System.out;
        final PrintStream consoleErr = System.err;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream into = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int testStartsAt;

        String since(int offset) {
            return bytes.toString(StandardCharsets.UTF_8).substring(offset);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Capture capture = new Capture();
        context.getStore(NAMESPACE).put(Capture.class, capture);
        System.setOut(capture.into);
        System.setErr(capture.into);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        capture(context).ifPresent(capture -> capture.testStartsAt = capture.bytes.size());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        capture(context).ifPresent(capture -> {
            String printed = capture.since(capture.testStartsAt);
            if (!printed.isEmpty()) {
                capture.consoleErr.println("--- printed while " + context.getDisplayName() + " ran:");
                capture.consoleErr.print(printed);
            }
        });
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Capture capture = context.getStore(NAMESPACE).remove(Capture.class, Capture.class);
        if (capture == null) {
            return;
        }
        System.setOut(capture.consoleOut);
        System.setErr(capture.consoleErr);
        String printed = capture.since(0);
        if (context.getExecutionException().isPresent() && !printed.isEmpty()) {
            capture.consoleErr.println("--- printed while " + context.getDisplayName() + " ran:");
            capture.consoleErr.print(printed);
        }
        if (!printed.isEmpty()) {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve(context.getRequiredTestClass().getName() + ".txt"), printed);
        }
    }

    /** Found from a test, or a parameterized test's invocation, through the store of its class. */
    private static Optional<Capture> capture(ExtensionContext context) {
        return Optional.ofNullable(context.getStore(NAMESPACE).get(Capture.class, Capture.class));
    }
}
