package org.needsspace.understanding;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * encoder's token ids; beside each file, the shipped encoder's output at every token of every line, in line order
 * (little-endian floats, 384 per token). Takes about ten minutes.
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
        List<String> evaluationWords = new ArrayList<>();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(folder.resolve("evaluation.tsv"), StandardCharsets.UTF_8))) {
            out.println(HEADER);
            List<String> sets = new ArrayList<>(List.of(CorpusLine.RESOURCE));
            sets.addAll(CorpusLine.BLIND_SETS);
            for (String set : sets) {
                String group = set.replaceAll(".*/|\\.en-US\\.tsv", "");
                for (CorpusLine line : CorpusLine.read(set)) {
                    String words = SemanticReading.plain(line.words());
                    evaluationWords.add(words);
                    float[] vector = encoder.encode(words);
                    write(out, group, line.label(), line.isSafety(), rules, line.words(), nearest.vote(vector),
                            vectors.dangerProbe().probability(vector), tokenizer.ids(words));
                }
            }
        }
        try (TokenOutputs outputs = new TokenOutputs(tokenizer)) {
            outputs.write(vectors.lines().stream().map(TrainingLine::words).toList(), folder.resolve("training-tokens.f32"));
            outputs.write(evaluationWords, folder.resolve("evaluation-tokens.f32"));
        }
    }

    /** The shipped model's output at every token, which the encoder itself reads only at the first. */
    private static final class TokenOutputs implements AutoCloseable {

        private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
        private final OrtSession session;
        private final WordPieceTokenizer tokenizer;

        TokenOutputs(WordPieceTokenizer tokenizer) throws IOException {
            this.tokenizer = tokenizer;
            try (InputStream model = FineTuningExport.class.getResourceAsStream("/bge-small-en-v1.5-q.onnx")) {
                this.session = environment.createSession(model.readAllBytes());
            } catch (OrtException e) {
                throw new IOException(e);
            }
        }

        void write(List<String> lines, Path file) throws IOException {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                for (String words : lines) {
                    float[] outputs = outputs(tokenizer.ids(words));
                    ByteBuffer bytes = ByteBuffer.allocate(outputs.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                    bytes.asFloatBuffer().put(outputs);
                    out.write(bytes.array());
                }
            } catch (OrtException e) {
                throw new IOException(e);
            }
        }

        private float[] outputs(long[] ids) throws OrtException {
            long[] shape = {1, ids.length};
            long[] everyToken = new long[ids.length];
            Arrays.fill(everyToken, 1L);
            try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                 OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(everyToken), shape);
                 OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape);
                 OrtSession.Result result = session.run(Map.of("input_ids", idsTensor, "attention_mask", mask,
                         "token_type_ids", types))) {
                FloatBuffer buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] outputs = new float[buffer.remaining()];
                buffer.get(outputs);
                return outputs;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                session.close();
            } catch (OrtException e) {
                throw new IOException(e);
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
