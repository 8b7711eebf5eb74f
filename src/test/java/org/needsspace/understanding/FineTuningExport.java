package org.needsspace.understanding;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.needsspace.TestContent;
import org.needsspace.dialog.CorpusLine;
import org.needsspace.understanding.semantic.BgeSmallEncoder;
import org.needsspace.understanding.semantic.EmbedTrainingSet;
import org.needsspace.understanding.semantic.ExampleVectors;
import org.needsspace.understanding.semantic.LinearProbe;
import org.needsspace.understanding.semantic.NearestExamples;
import org.needsspace.understanding.semantic.TrainingLine;
import org.needsspace.understanding.semantic.Votes;
import org.needsspace.understanding.semantic.WordPieceTokenizer;

/**
 * A tool, not a test: writes what the experiments in {@code src/research/fine-tune} need to compare a fine-tuned
 * classifier of danger with today's understanding, without reimplementing it. For every training line (each measured
 * as unseen: votes and probe without its author's lines) and every evaluation line (corpus and blind sets, measured by
 * the shipped vectors): its group (author or set), label, whether it is a safety line, the danger the rules name in it,
 * the share of danger in the closest lines' votes, the closest line's similarity, the probe's probability, and the
 * encoder's token ids. Takes a few minutes.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.needsspace.understanding.FineTuningExport -Dexec.args=target/fine-tune</pre>
 */
public final class FineTuningExport {

    private static final String HEADER = "group\tlabel\tsafety\trules\tshare\tclosest\tprobe\tids";

    private FineTuningExport() {
    }

    public static void main(String[] arguments) throws IOException {
        Path folder = Path.of(arguments.length > 0 ? arguments[0] : "target/fine-tune");
        Files.createDirectories(folder);
        Understanding rules = Understanding.of(TestContent.englishUnderstandingData(), TestContent.english().guide());
        ExampleVectors vectors = ExampleVectors.fromResource("/understanding/en-US.vectors");
        UnderstandingData.Semantic settings = TestContent.englishUnderstandingData().semantic();
        NearestExamples nearest = new NearestExamples(vectors, settings.neighbours(), settings.temperature());
        WordPieceTokenizer tokenizer = WordPieceTokenizer.read(
                FineTuningExport.class.getResourceAsStream("/bge-small-en-v1.5-q-tokenizer.json"));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(folder.resolve("training.tsv"), StandardCharsets.UTF_8))) {
            out.println(HEADER);
            writeTrainingLines(out, vectors, nearest, rules, tokenizer);
        }
        BgeSmallEncoder encoder = BgeSmallEncoder.load();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(folder.resolve("evaluation.tsv"), StandardCharsets.UTF_8))) {
            out.println(HEADER);
            List<String> sets = new ArrayList<>(List.of(CorpusLine.RESOURCE));
            sets.addAll(CorpusLine.BLIND_SETS);
            for (String set : sets) {
                String group = set.replaceAll(".*/|\\.en-US\\.tsv", "");
                for (CorpusLine line : CorpusLine.read(set)) {
                    String words = SemanticReading.plain(line.words());
                    float[] vector = encoder.encode(words);
                    write(out, group, line.label(), line.isSafety(), rules, line.words(), nearest.vote(vector),
                            vectors.dangerProbe().probability(vector), tokenizer.ids(words));
                }
            }
        }
    }

    private static void writeTrainingLines(PrintWriter out, ExampleVectors vectors, NearestExamples nearest,
                                           Understanding rules, WordPieceTokenizer tokenizer) {
        List<TrainingLine> lines = vectors.lines();
        Set<String> authors = new TreeSet<>();
        lines.forEach(line -> authors.add(line.author()));
        authors.remove(EmbedTrainingSet.DATA_EXAMPLES);
        double[] probability = new double[lines.size()];
        for (String author : authors) {
            LinearProbe probe = LinearProbe.train(ProbeCalibration.without(vectors, author), SemanticReading::isSafety);
            for (int line = 0; line < lines.size(); line++) {
                if (lines.get(line).author().equals(author)) {
                    probability[line] = probe.probability(vectors.vector(line));
                }
            }
        }
        for (int line = 0; line < lines.size(); line++) {
            TrainingLine training = lines.get(line);
            write(out, training.author(), training.label(), SemanticReading.isSafety(training.label()), rules,
                    training.words(), nearest.voteWithout(vectors.vector(line), training.author()), probability[line],
                    tokenizer.ids(training.words()));
        }
    }

    private static void write(PrintWriter out, String group, String label, boolean safety, Understanding rules,
                              String words, Votes votes, double probe, long[] ids) {
        out.printf(Locale.ROOT, "%s\t%s\t%d\t%s\t%.6f\t%.6f\t%.6f\t%s%n", group, label, safety ? 1 : 0,
                rules.danger(words).orElse("-"), votes.shareOf(SemanticReading::isSafety), votes.closest(), probe,
                LongStream.of(ids).mapToObj(Long::toString).collect(Collectors.joining(" ")));
    }
}
