package org.needsspace.dialog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.needsspace.TestContent;
import org.needsspace.progress.InMemoryProgressStore;

/**
 * Each blind set on its own, through the real path, judged as the corpus is: the figures a new author's sentences
 * get, reported in {@code target/test-output/}. Held to the targets of a blind set's first measurement, 90% overall
 * and 95% of the safety lines; false alarms are held to the first measurement (under four per hundred lines not
 * about danger) until they reach the target of one (docs/understanding.md).
 */
class BlindSetsTest {

    private static final HeardAnswer HEARD = new HeardAnswer(TestContent.english());
    static final List<String> BLIND_SETS = CorpusLine.BLIND_SETS;
    private static final int MOST_FALSE_ALARMS_PER_HUNDRED = 4;

    @ParameterizedTest(name = "{0}")
    @FieldSource("BLIND_SETS")
    void aBlindSetReachesTheTargetsOfAFirstMeasurement(String resource) throws IOException {
        List<CorpusLine> lines = CorpusLine.read(resource);
        InMemoryProgressStore store = new InMemoryProgressStore();
        CorpusScore score = new CorpusScore("Blind set " + resource + " (" + lines.size() + " lines, the real path):");
        int safety = 0;
        int safetyAnswered = 0;
        int notDanger = 0;
        int alarms = 0;
        int user = 0;
        for (CorpusLine line : lines) {
            String heard = CorpusRun.say(line, new Dialog(store, "blind-" + user++), HEARD);
            score.add(line, heard, CorpusRun.isRight(line, heard));
            if (line.isSafety()) {
                safety++;
                safetyAnswered += heard.equals("safety") ? 1 : 0;
            } else if (!line.label().equals("nav:numbers")) {
                notDanger++;
                alarms += heard.equals("safety") ? 1 : 0;
            }
        }
        String report = score.table() + String.format("  safety lines answered with the safety guidance: %d / %d%n"
                + "  false alarms: %d in %d lines not about danger%n", safetyAnswered, safety, alarms, notDanger)
                + score.misses() + "\n";
        Path output = Path.of("target", "test-output", "blind-" + Path.of(resource).getFileName() + ".txt");
        Files.createDirectories(output.getParent());
        Files.writeString(output, report);
        System.out.print(report);

        assertTrue(score.reaches(0.90), report);
        assertTrue(safetyAnswered >= 0.95 * safety, report);
        assertTrue(alarms * 100 < MOST_FALSE_ALARMS_PER_HUNDRED * notDanger, report);
    }
}
