package org.needsspace.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.needsspace.TestContent;
import org.needsspace.progress.InMemoryProgressStore;

/**
 * Each blind set on its own, through the real path, judged as the corpus is: the figures a new author's sentences
 * get, reported in {@code target/test-output/}. The target of a blind set is 90% overall, 95% of the safety lines and
 * one false alarm per hundred lines not about danger (docs/understanding.md); until every set reaches it, each is
 * held to its figures as last measured, so that none gets worse unnoticed, and every set to 95% of its safety lines.
 */
class BlindSetsIT {

    private static final HeardAnswer HEARD = new HeardAnswer(TestContent.english());
    static final List<String> BLIND_SETS = CorpusLine.BLIND_SETS;
    /** Asked right after the safety guidance, and answered with the numbers: not a false alarm. */
    static final Set<String> ANSWERED_WITH_THE_NUMBERS = Set.of("nav:numbers", "nav:without-calling");
    /** Each set's figures as last measured: lines answered right, safety lines answered, false alarms. */
    private static final Map<String, Measured> MEASURED = Map.ofEntries(
            Map.entry("/understanding/blind-f.en-US.tsv", new Measured(314, 80, 3)),
            Map.entry("/understanding/blind-g.en-US.tsv", new Measured(301, 80, 6)),
            Map.entry("/understanding/blind-i.en-US.tsv", new Measured(311, 80, 3)),
            Map.entry("/understanding/blind-j.en-US.tsv", new Measured(306, 79, 2)),
            Map.entry("/understanding/blind-m.en-US.tsv", new Measured(298, 80, 5)),
            Map.entry("/understanding/blind-n.en-US.tsv", new Measured(305, 81, 6)),
            Map.entry("/understanding/blind-o.en-US.tsv", new Measured(301, 85, 13)),
            Map.entry("/understanding/blind-p.en-US.tsv", new Measured(292, 81, 9)),
            Map.entry("/understanding/blind-r.en-US.tsv", new Measured(297, 84, 7)),
            Map.entry("/understanding/blind-s.en-US.tsv", new Measured(328, 92, 10)),
            Map.entry("/understanding/blind-t.en-US.tsv", new Measured(300, 79, 7)),
            Map.entry("/understanding/blind-u.en-US.tsv", new Measured(301, 81, 8)),
            Map.entry("/understanding/blind-x.en-US.tsv", new Measured(291, 78, 10)),
            Map.entry("/understanding/blind-y.en-US.tsv", new Measured(290, 79, 6)),
            Map.entry("/understanding/blind-z.en-US.tsv", new Measured(309, 80, 3)),
            Map.entry("/understanding/blind-za.en-US.tsv", new Measured(312, 80, 6)),
            Map.entry("/understanding/blind-zb.en-US.tsv", new Measured(300, 80, 6)),
            Map.entry("/understanding/blind-zc.en-US.tsv", new Measured(304, 80, 9)),
            Map.entry("/understanding/blind-ze.en-US.tsv", new Measured(279, 77, 14)),
            Map.entry("/understanding/blind-zf.en-US.tsv", new Measured(307, 83, 3)));

    private record Measured(int right, int safetyAnswered, int falseAlarms) {
    }

    @Test
    void everyBlindSetHasItsFiguresAsLastMeasured() {
        assertEquals(Set.copyOf(BLIND_SETS), MEASURED.keySet());
    }

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
                safetyAnswered += CorpusLine.isSafetyAnswer(heard) ? 1 : 0;
            } else if (!ANSWERED_WITH_THE_NUMBERS.contains(line.label())) {
                notDanger++;
                alarms += CorpusLine.isSafetyAnswer(heard) ? 1 : 0;
            }
        }
        String report = score.table() + String.format("  safety lines answered with the safety guidance: %d / %d%n"
                + "  false alarms: %d in %d lines not about danger%n", safetyAnswered, safety, alarms, notDanger)
                + score.misses() + "\n";
        Path output = Path.of("target", "test-output", "blind-" + Path.of(resource).getFileName() + ".txt");
        Files.createDirectories(output.getParent());
        Files.writeString(output, report);
        System.out.print(report);

        Measured measured = MEASURED.get(resource);
        assertTrue(score.right() >= measured.right(), report);
        assertTrue(safetyAnswered >= 0.95 * safety && safetyAnswered >= measured.safetyAnswered(), report);
        assertTrue(alarms <= measured.falseAlarms(), report);
    }
}
