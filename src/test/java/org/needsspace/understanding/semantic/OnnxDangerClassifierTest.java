package org.needsspace.understanding.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped classifier of danger on top of the encoder: trained on the training lines of this build, and reading
 * a threat as danger and a figure of speech as none.
 */
class OnnxDangerClassifierTest {

    static final String RESOURCE = "/understanding/en-US.danger-classifier.onnx";
    private static BgeSmallEncoder encoder;
    private static OnnxDangerClassifier classifier;

    @BeforeAll
    static void load() {
        encoder = BgeSmallEncoder.load();
        classifier = OnnxDangerClassifier.load(RESOURCE);
    }

    @Test
    void wasTrainedOnTheTrainingLinesOfThisBuild() {
        ExampleVectors vectors = ExampleVectors.fromResource("/understanding/en-US.vectors");

        assertEquals(vectors.source(), classifier.trainedOn(),
                "retrain it on these lines: src/research/fine-tune/README.md");
    }

    @Test
    void readsAThreatAsDangerAndAFigureOfSpeechAsNone() {
        assertTrue(probability("he put his hands round my neck and squeezed until i blacked out") > 0.5);
        assertTrue(probability("shoot me a reminder every morning at seven") < 0.03);
    }

    @Test
    void aMissingModelIsAnError() {
        assertThrows(IllegalStateException.class, () -> OnnxDangerClassifier.load("/understanding/none.onnx"));
    }

    private static double probability(String sentence) {
        return classifier.probability(encoder.encodeWithTokens(sentence).tokens().orElseThrow());
    }
}
