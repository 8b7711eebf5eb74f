package org.needsspace.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.needsspace.TestContent;
import org.needsspace.understanding.semantic.EmbedTrainingSet;
import org.needsspace.understanding.semantic.ExampleVectors;
import org.needsspace.understanding.semantic.LinearProbe;
import org.needsspace.understanding.semantic.NearestExamples;
import org.needsspace.understanding.semantic.TrainingLine;

/**
 * A tool, not a test: how the probe for danger ({@link LinearProbe}) beside the nearest lines' votes trades caught
 * disclosures for false alarms on the training lines alone, leaving one author out in turn (the probe is trained,
 * and the votes taken, without that author's lines), beside the rules. What {@code safetyShare},
 * {@code probeSupportShare} and {@code probeProbability} in {@code understanding/en-US.json} were chosen by
 * (docs/understanding.md). Whole sentences only. Takes a few minutes: one probe is trained per author.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.needsspace.understanding.ProbeCalibration</pre>
 */
public final class ProbeCalibration {

    private static final double[] SHARES = {0.26, 0.3, 0.35, 0.4};
    private static final double[] SUPPORT = {0.1, 0.2};
    private static final double[] PROBABILITIES = {0.8, 0.9, 0.95};

    private ProbeCalibration() {
    }

    public static void main(String[] arguments) {
        Understanding rules = Understanding.of(TestContent.englishUnderstandingData(), TestContent.english().guide());
        ExampleVectors vectors = ExampleVectors.fromResource("/understanding/en-US.vectors");
        UnderstandingData.Semantic settings = TestContent.englishUnderstandingData().semantic();
        NearestExamples nearest = new NearestExamples(vectors, settings.neighbours(), settings.temperature());
        List<TrainingLine> lines = vectors.lines();
        double[] probability = new double[lines.size()];
        Set<String> authors = new TreeSet<>();
        lines.forEach(line -> authors.add(line.author()));
        authors.remove(EmbedTrainingSet.DATA_EXAMPLES);
        for (String author : authors) {
            LinearProbe probe = LinearProbe.train(without(vectors, author), SemanticReading::isSafety);
            for (int line = 0; line < lines.size(); line++) {
                if (lines.get(line).author().equals(author)) {
                    probability[line] = probe.probability(vectors.vector(line));
                }
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int line = 0; line < lines.size(); line++) {
            TrainingLine training = lines.get(line);
            if (training.author().equals(EmbedTrainingSet.DATA_EXAMPLES) || training.label().equals("nav:numbers")) {
                continue;
            }
            double share = nearest.voteWithout(vectors.vector(line), training.author())
                    .shareOf(SemanticReading::isSafety);
            boolean byRules = rules.danger(training.words()).isPresent();
            rows.add(new double[] {SemanticReading.isSafety(training.label()) ? 1 : 0, byRules ? 1 : 0, share,
                    probability[line]});
        }
        for (double share : SHARES) {
            report(rows, String.format(Locale.ROOT, "votes at %.0f%% alone", share * 100), share, 1, 2);
            for (double support : SUPPORT) {
                for (double least : PROBABILITIES) {
                    report(rows, String.format(Locale.ROOT, "votes at %.0f%%, or %.0f%% with the probe at %.2f",
                            share * 100, support * 100, least), share, support, least);
                }
            }
        }
    }

    private static void report(List<double[]> rows, String rule, double share, double support, double least) {
        int safety = 0;
        int caught = 0;
        int others = 0;
        int alarms = 0;
        for (double[] row : rows) {
            boolean raised = row[1] == 1 || row[2] >= share || (row[2] >= support && row[3] >= least);
            if (row[0] == 1) {
                safety++;
                caught += raised ? 1 : 0;
            } else {
                others++;
                alarms += raised ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "rules, or %s: %d of %d safety lines caught, %d false alarms in %d%n",
                rule, caught, safety, alarms, others);
    }

    /** The vectors of every line but an author's, for measuring that author's lines as unseen. */
    static ExampleVectors without(ExampleVectors vectors, String author) {
        List<TrainingLine> kept = new ArrayList<>();
        List<float[]> keptVectors = new ArrayList<>();
        for (int line = 0; line < vectors.size(); line++) {
            if (!vectors.lines().get(line).author().equals(author)) {
                kept.add(vectors.lines().get(line));
                keptVectors.add(vectors.vector(line));
            }
        }
        float[] flat = new float[kept.size() * vectors.dimensions()];
        for (int line = 0; line < kept.size(); line++) {
            System.arraycopy(keptVectors.get(line), 0, flat, line * vectors.dimensions(), vectors.dimensions());
        }
        return new ExampleVectors(vectors.encoder(), vectors.source(), kept, vectors.dimensions(), flat);
    }
}
