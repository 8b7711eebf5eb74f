package org.needsspace.understanding.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearProbeTest {

    /** Danger lines lean towards the first dimension, the others towards the second; all share a large third. */
    private static final ExampleVectors LINES = vectors(
            line("safety:violence", 0.5f, 0.1f), line("safety:violence", 0.45f, 0.15f), line("safety:self-harm", 0.4f, 0.05f),
            line("feeling:sad", 0.1f, 0.5f), line("feeling:sad", 0.15f, 0.4f), line("section:a", 0.05f, 0.45f),
            line("section:b", 0.12f, 0.42f), line("social:thanks", 0.08f, 0.5f));

    @Test
    void whatLeansLikeTheDangerLinesIsLikelyDangerAndWhatLeansLikeTheOthersIsNot() {
        LinearProbe probe = LinearProbe.train(LINES, label -> label.startsWith("safety"));

        assertTrue(probe.probability(unit(0.48f, 0.12f)) > 0.9, "like the danger lines");
        assertTrue(probe.probability(unit(0.1f, 0.47f)) < 0.1, "like the others");
    }

    @Test
    void trainingIsDeterministic() {
        float[] sentence = unit(0.3f, 0.3f);

        assertEquals(LinearProbe.train(LINES, label -> label.startsWith("safety")).probability(sentence),
                LinearProbe.train(LINES, label -> label.startsWith("safety")).probability(sentence));
    }

    @Test
    void aProbeWrittenWithItsVectorsIsReadBackTheSame() throws IOException {
        LinearProbe probe = LinearProbe.train(LINES, label -> label.startsWith("safety"));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        LINES.withDangerProbe(probe).writeTo(written);

        LinearProbe read = ExampleVectors.readFrom(new ByteArrayInputStream(written.toByteArray())).dangerProbe();

        float[] sentence = unit(0.3f, 0.2f);
        assertEquals(probe.probability(sentence), read.probability(sentence), 1e-6);
    }

    @Test
    void vectorsWithoutAProbeHaveOneThatNeverSpeaks() {
        assertEquals(0, LINES.dangerProbe().probability(unit(0.5f, 0.1f)));
    }

    @Test
    void aProbeNeedsLinesOfBothKinds() {
        assertThrows(IllegalArgumentException.class, () -> LinearProbe.train(LINES, label -> true));
    }

    private record Line(String label, float[] vector) {
    }

    private static Line line(String label, float first, float second) {
        return new Line(label, unit(first, second));
    }

    private static float[] unit(float first, float second) {
        float[] vector = {first, second, 0.8f};
        double norm = Math.sqrt(first * first + second * second + 0.64);
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= (float) norm;
        }
        return vector;
    }

    private static ExampleVectors vectors(Line... lines) {
        List<TrainingLine> training = new ArrayList<>();
        float[] flat = new float[lines.length * 3];
        for (int i = 0; i < lines.length; i++) {
            training.add(new TrainingLine(lines[i].label(), "author" + i, "line " + i));
            System.arraycopy(lines[i].vector(), 0, flat, i * 3, 3);
        }
        return new ExampleVectors("test-encoder", "digest", training, 3, flat);
    }
}
