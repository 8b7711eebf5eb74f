package org.needsspace.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

class CapturedOutputTest {

    /** Run only through {@link #run}: the build never picks up nested classes. */
    static class PassingSample {
        @Test
        void logsAnExpectedError() {
            System.err.println("ERROR expected by a passing test");
            new IllegalStateException("expected").printStackTrace();
        }

        @ParameterizedTest
        @ValueSource(strings = {"one", "two"})
        void printsAReport(String value) {
            System.out.println("report line " + value);
        }
    }

    static class FailingSample {
        @Test
        void passes() {
            System.err.println("printed by the passing neighbour");
        }

        @Test
        void fails() {
            System.err.println("printed before the failure");
            throw new AssertionError("this sample fails on purpose");
        }
    }

    @Test
    void aPassingTestPrintsNothingToTheConsoleAndKeepsItsOutputInAFile() throws IOException {
        Run run = run(PassingSample.class);

        assertEquals(3, run.summary.getTestsSucceededCount());
        assertEquals("", run.console);
        String kept = Files.readString(outputFileOf(PassingSample.class));
        assertTrue(kept.contains("ERROR expected by a passing test"), kept);
        assertTrue(kept.contains("java.lang.IllegalStateException: expected"), kept);
        assertTrue(kept.contains("report line one") && kept.contains("report line two"), kept);
    }

    @Test
    void aFailingTestShowsWhatItPrintedUnderItsNameAndNothingOfItsNeighbours() {
        Run run = run(FailingSample.class);

        assertEquals(1, run.summary.getTestsFailedCount());
        assertTrue(run.console.contains("--- printed while fails() ran:"), run.console);
        assertTrue(run.console.contains("printed before the failure"), run.console);
        assertFalse(run.console.contains("printed by the passing neighbour"), run.console);
    }

    @Test
    void theConsoleStreamsAreGivenBackAfterTheClass() {
        PrintStream out = System.out;
        PrintStream err = System.err;

        run(PassingSample.class);

        assertEquals(out, System.out);
        assertEquals(err, System.err);
    }

    private record Run(TestExecutionSummary summary, String console) {
    }

    private static Run run(Class<?> sample) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream consoleStream = new PrintStream(console, true, StandardCharsets.UTF_8);
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        System.setOut(consoleStream);
        System.setErr(consoleStream);
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(sample))
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                    .build(), listener);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(listener.getSummary(), console.toString(StandardCharsets.UTF_8));
    }

    private static Path outputFileOf(Class<?> sample) {
        return CapturedOutput.DIRECTORY.resolve(sample.getName() + ".txt");
    }
}
