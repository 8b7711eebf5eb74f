package org.needsspace.understanding;

import java.util.List;
import java.util.Locale;
import org.needsspace.TestContent;
import org.needsspace.content.Content;
import org.needsspace.understanding.semantic.EmbedTrainingSet;
import org.needsspace.understanding.semantic.ExampleVectors;
import org.needsspace.understanding.semantic.NearestExamples;
import org.needsspace.understanding.semantic.TrainingLine;
import org.needsspace.understanding.semantic.Votes;

/**
 * A tool, not a test: how the encoder's danger threshold trades caught disclosures for false alarms on the training
 * lines alone, each author's lines voted on by every other author's (leave one author out), beside the rules. What
 * the thresholds in {@code understanding/en-US.json} were chosen by (docs/understanding.md). Whole sentences only:
 * the windows of long ones need the encoder itself and are left out here.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.needsspace.understanding.SemanticCalibration</pre>
 */
public final class SemanticCalibration {

    private static final double[] SHARES = {0.2, 0.3, 0.4, 0.5, 0.6};

    private SemanticCalibration() {
    }

    public static void main(String[] arguments) {
        Content content = TestContent.english();
        Understanding rules = Understanding.of(TestContent.englishUnderstandingData(), content.guide());
        ExampleVectors vectors = ExampleVectors.fromResource("/understanding/en-US.vectors");
        UnderstandingData.Semantic settings = TestContent.englishUnderstandingData().semantic();
        NearestExamples nearest = new NearestExamples(vectors, settings.neighbours(), settings.temperature());
        List<TrainingLine> lines = vectors.lines();
        int[] caught = new int[SHARES.length];
        int[] alarms = new int[SHARES.length];
        int safety = 0;
        int other = 0;
        int ruleCaught = 0;
        int ruleAlarms = 0;
        int meaningRight = 0;
        double lowestClosestCaughtByEncoderAlone = 1;
        for (int line = 0; line < lines.size(); line++) {
            TrainingLine training = lines.get(line);
            if (training.author().equals(EmbedTrainingSet.DATA_EXAMPLES)) {
                continue;
            }
            Votes votes = nearest.voteWithout(vectors.vector(line), training.author());
            double share = votes.shareOf(SemanticReading::isSafety);
            boolean byRules = rules.danger(training.words()).isPresent();
            boolean isSafety = SemanticReading.isSafety(training.label());
            safety += isSafety ? 1 : 0;
            other += isSafety ? 0 : 1;
            ruleCaught += isSafety && byRules ? 1 : 0;
            ruleAlarms += !isSafety && byRules ? 1 : 0;
            for (int i = 0; i < SHARES.length; i++) {
                boolean raised = byRules || share >= SHARES[i];
                caught[i] += isSafety && raised ? 1 : 0;
                alarms[i] += !isSafety && raised ? 1 : 0;
            }
            if (isSafety && !byRules && share >= settings.safetyShare()) {
                lowestClosestCaughtByEncoderAlone = Math.min(lowestClosestCaughtByEncoderAlone, votes.closest());
            }
            if (!isSafety && votes.best(label -> !SemanticReading.isSafety(label)).map(Votes.Vote::label)
                    .filter(training.label()::equals).isPresent()) {
                meaningRight++;
            }
        }
        System.out.printf(Locale.ROOT, "%d safety lines, %d others; the rules alone: %d caught, %d false alarms%n",
                safety, other, ruleCaught, ruleAlarms);
        for (int i = 0; i < SHARES.length; i++) {
            System.out.printf(Locale.ROOT, "rules or encoder at %.0f%% of the votes: %d caught (%.1f%%), %d false alarms"
                    + " (%.1f%%), cost %d (a miss counts ten)%n", SHARES[i] * 100, caught[i], 100.0 * caught[i] / safety,
                    alarms[i], 100.0 * alarms[i] / other, 10 * (safety - caught[i]) + alarms[i]);
        }
        System.out.printf(Locale.ROOT, "the encoder's meaning right for %.1f%% of the other lines; the lowest closest"
                + " cosine of a line only the encoder caught: %.2f%n", 100.0 * meaningRight / other,
                lowestClosestCaughtByEncoderAlone);
    }
}
