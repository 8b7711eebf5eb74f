package org.needsspace.understanding.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The build step that encodes a locale's training lines, and the examples of its understanding data, once, and
 * trains the probe for danger on them: run by Maven before the tests ({@code pom.xml}), it writes the vectors the
 * skill reads at run time. Does nothing when the
 * vectors already there were made from the same files by the same encoder.
 *
 * <p>Arguments: the training folder, the understanding data file, the vectors file to write.
 */
public final class EmbedTrainingSet {

    /** The author name of the examples written in the understanding data itself. */
    public static final String DATA_EXAMPLES = "understanding-data";
    /** The labels of danger begin so (the kind of meaning the understanding calls safety). */
    static final String DANGER_LABELS = "safety";

    private EmbedTrainingSet() {
    }

    public static void main(String[] arguments) throws IOException {
        if (arguments.length != 3) {
            throw new IllegalArgumentException("usage: EmbedTrainingSet TRAINING_FOLDER UNDERSTANDING_JSON VECTORS_FILE");
        }
        Path folder = Path.of(arguments[0]);
        Path data = Path.of(arguments[1]);
        Path output = Path.of(arguments[2]);
        List<TrainingLine> examples = dataExamples(data);
        String digest = TrainingSet.digest(folder, BgeSmallEncoder.NAME, examples.toString());
        if (Files.exists(output) && digest.equals(sourceOf(output))) {
            return;
        }
        List<TrainingLine> lines = new ArrayList<>();
        TrainingSet.read(folder).forEach(styled -> lines.add(styled.line()));
        lines.addAll(examples);
        long start = System.nanoTime();
        ExampleVectors encoded = ExampleVectors.encode(lines, BgeSmallEncoder.load(), digest);
        ExampleVectors vectors = encoded.withDangerProbe(
                LinearProbe.train(encoded, label -> label.startsWith(DANGER_LABELS)));
        Files.createDirectories(output.toAbsolutePath().getParent());
        Path written = Files.createTempFile(output.toAbsolutePath().getParent(), "vectors", ".tmp");
        try (OutputStream out = Files.newOutputStream(written)) {
            vectors.writeTo(out);
        }
        Files.move(written, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("Encoded %d training lines in %d ms: %s%n", lines.size(),
                (System.nanoTime() - start) / 1_000_000, output);
    }

    /** The examples of each meaning in the understanding data ({@code meanings}). */
    static List<TrainingLine> dataExamples(Path data) throws IOException {
        JsonNode meanings = new ObjectMapper().readTree(data.toFile()).path("meanings");
        List<TrainingLine> lines = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = meanings.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> meaning = fields.next();
            meaning.getValue().forEach(example -> lines.add(new TrainingLine(meaning.getKey(), DATA_EXAMPLES, example.asText())));
        }
        return lines;
    }

    private static String sourceOf(Path vectors) {
        try (InputStream in = Files.newInputStream(vectors)) {
            return ExampleVectors.readFrom(in).source();
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }
}
