package org.needsspace.understanding.semantic;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * Two transformer layers and a logistic output trained on top of the frozen sentence encoder's outputs at every
 * token ({@code src/research/fine-tune/on_top.py}), run on ONNX Runtime. The model names, in its metadata, the
 * digest of the training lines it learnt from, which must be those of the build's example vectors
 * ({@link ExampleVectors#source()}). Thread-safe.
 */
public final class OnnxDangerClassifier implements DangerClassifier {

    static final String TRAINED_ON = "training_lines_sha256";
    private static final String INPUT = "tokens";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String trainedOn;

    private OnnxDangerClassifier(OrtEnvironment environment, OrtSession session, String trainedOn) {
        this.environment = environment;
        this.session = session;
        this.trainedOn = trainedOn;
    }

    /** Loads the model at this resource of the class path. */
    public static OnnxDangerClassifier load(String resource) {
        try (InputStream model = OnnxDangerClassifier.class.getResourceAsStream(resource);
             OrtSession.SessionOptions options = ModelSessions.options()) {
            if (model == null) {
                throw new IllegalStateException("Not on the class path: " + resource);
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            // Its 8-bit matrices are made floats once, when the session is built, rather than on every run.
            options.addConfigEntry("session.disable_quant_qdq", "1");
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            String trainedOn = session.getMetadata().getCustomMetadata().getOrDefault(TRAINED_ON, "");
            return new OnnxDangerClassifier(environment, session, trainedOn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + resource, e);
        }
    }

    /** The digest of the training lines the model learnt from, as its training script wrote it. */
    public String trainedOn() {
        return trainedOn;
    }

    @Override
    public double probability(TokenOutputs tokens) {
        long[] shape = {1, tokens.tokens(), tokens.dimensions()};
        try (OnnxTensor input = OnnxTensor.createTensor(environment, FloatBuffer.wrap(tokens.values()), shape);
             OrtSession.Result result = session.run(Map.of(INPUT, input))) {
            return ((OnnxTensor) result.get(0)).getFloatBuffer().get(0);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to classify", e);
        }
    }
}
