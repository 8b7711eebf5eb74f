package org.needsspace.understanding;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.needsspace.TestContent;
import org.needsspace.console.UtteranceMapper;
import org.needsspace.dialog.CorpusLine;
import org.needsspace.dialog.PhraseSlot;
import org.needsspace.understanding.semantic.BgeSmallEncoder;
import org.needsspace.understanding.semantic.EmbedTrainingSet;
import org.needsspace.understanding.semantic.Encoding;
import org.needsspace.understanding.semantic.ExampleVectors;
import org.needsspace.understanding.semantic.LinearProbe;
import org.needsspace.understanding.semantic.NearestExamples;
import org.needsspace.understanding.semantic.TrainingLine;
import org.needsspace.understanding.semantic.Votes;
import org.needsspace.understanding.semantic.WordPieceTokenizer;

/**
 * A tool, not a test: writes what {@code src/research/fine-tune} needs to train the classifier of danger and compare
 * it with the rest of the understanding, without reimplementing it. For every training line (each measured as
 * unseen: votes and probe without its author's lines) and every evaluation line (corpus and blind sets, measured by
 * the shipped vectors), in each form ({@code Form}): its group (author or set), label, whether it is a safety line,
 * the danger the rules name in it, the share of danger in the closest lines' votes, the closest line's similarity,
 * the probe's probability, the encoder's token ids, the form, and whether the rules' alarm may be a figure of speech;
 * beside each file, the encoder's output at every token of every row, in row order (little-endian floats, 384 per
 * token); and the digest of the training lines ({@link ExampleVectors#source()}), which the classifier trained on
 * them carries. Takes about seven minutes; src/research/fine-tune/README.md has the command.
 */
public final class FineTuningExport {

    private static final String HEADER = "group\tlabel\tsafety\trules\tshare\tclosest\tprobe\tids\tform\tfigurative";
    private static final UtteranceMapper MAPPER = UtteranceMapper.forLocale("en-US");

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
        BgeSmallEncoder encoder = BgeSmallEncoder.load();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(folder.resolve("training.tsv"), StandardCharsets.UTF_8));
             OutputStream tokens = new BufferedOutputStream(Files.newOutputStream(folder.resolve("training-tokens.f32")))) {
            out.println(HEADER);
            Map<String, LinearProbe> probes = probesWithoutEachAuthor(vectors);
            List<TrainingLine> lines = vectors.lines();
            for (int line = 0; line < lines.size(); line++) {
                TrainingLine training = lines.get(line);
                LinearProbe probe = probes.getOrDefault(training.author(), vectors.dangerProbe());
                for (Form form : Form.of(training.words())) {
                    Encoding encoding = encoder.encodeWithTokens(form.words());
                    float[] vector = form.said() ? vectors.vector(line) : encoding.vector();
                    write(out, training.author(), training.label(), SemanticReading.isSafety(training.label()), rules,
                            form, nearest.voteWithout(vector, training.author()), probe.probability(vector), tokenizer);
                    writeFloats(tokens, encoding.tokens().orElseThrow().values());
                }
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(folder.resolve("evaluation.tsv"), StandardCharsets.UTF_8));
             OutputStream tokens = new BufferedOutputStream(Files.newOutputStream(folder.resolve("evaluation-tokens.f32")))) {
            out.println(HEADER);
            List<String> sets = new ArrayList<>(List.of(CorpusLine.RESOURCE));
            sets.addAll(CorpusLine.BLIND_SETS);
            for (String set : sets) {
                String group = set.replaceAll(".*/|\\.en-US\\.tsv", "");
                for (CorpusLine line : CorpusLine.read(set)) {
                    for (Form form : Form.of(line.words())) {
                        Encoding encoding = encoder.encodeWithTokens(form.words());
                        write(out, group, line.label(), line.isSafety(), rules, form, nearest.vote(encoding.vector()),
                                vectors.dangerProbe().probability(encoding.vector()), tokenizer);
                        writeFloats(tokens, encoding.tokens().orElseThrow().values());
                    }
                }
            }
        }
        Files.writeString(folder.resolve("training-lines.sha256"), vectors.source() + "\n");
    }

    /**
     * A line as it was written ("said"), and, where the interaction model hands the skill fewer words, as the
     * catch-all's phrase slot hands them over ("heard": "i walk on eggshells" arrives as "walk on eggshells").
     */
    private record Form(String words, boolean said) {

        static List<Form> of(String line) {
            String said = SemanticReading.plain(line);
            String heard = PhraseSlot.heard(MAPPER, line).map(SemanticReading::plain).orElse(said);
            return heard.equals(said) || heard.isEmpty() ? List.of(new Form(said, true))
                    : List.of(new Form(said, true), new Form(heard, false));
        }
    }

    private static Map<String, LinearProbe> probesWithoutEachAuthor(ExampleVectors vectors) {
        Set<String> authors = new TreeSet<>();
        vectors.lines().forEach(line -> authors.add(line.author()));
        authors.remove(EmbedTrainingSet.DATA_EXAMPLES);
        Map<String, LinearProbe> probes = new HashMap<>();
        for (String author : authors) {
            probes.put(author, LinearProbe.train(ProbeCalibration.without(vectors, author), SemanticReading::isSafety));
        }
        return probes;
    }

    private static void writeFloats(OutputStream out, float[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        out.write(bytes.array());
    }

    private static void write(PrintWriter out, String group, String label, boolean safety, Understanding rules,
                              Form form, Votes votes, double probe, WordPieceTokenizer tokenizer) {
        Optional<SafetyScreen.Alarm> alarm = rules.alarm(form.words());
        out.printf(Locale.ROOT, "%s\t%s\t%d\t%s\t%.6f\t%.6f\t%.6f\t%s\t%s\t%d%n", group, label, safety ? 1 : 0,
                alarm.map(SafetyScreen.Alarm::danger).orElse("-"), votes.shareOf(SemanticReading::isSafety),
                votes.closest(), probe,
                LongStream.of(tokenizer.ids(form.words())).mapToObj(Long::toString).collect(Collectors.joining(" ")),
                form.said() ? "said" : "heard", alarm.filter(SafetyScreen.Alarm::figurative).isPresent() ? 1 : 0);
    }
}
