package org.needsspace.understanding.semantic;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pretrained BAAI bge-small-en-v1.5 sentence encoder (quantized), run in-process on ONNX Runtime from the weights
 * and tokenizer in LangChain4j's Maven artifact of it: nothing is downloaded. A sentence's vector is the model's
 * output at its {@code [CLS]} token, made unit length, as bge is meant to be read. Sentences are compared with each
 * other, so they are encoded as they are, without the instruction bge puts before a search query. ONNX Runtime
 * unpacks its native library under {@code java.io.tmpdir}, the one folder Lambda lets a function write. Sentences are
 * encoded one at a time: the model's activations are quantized over the whole input, so a sentence padded in a batch
 * would get a slightly different vector from the one it gets alone, which the training vectors were made with.
 * Thread-safe.
 */
public final class BgeSmallEncoder implements SentenceEncoder {

    static final String NAME = "bge-small-en-v1.5-q";
    static final String MODEL_RESOURCE = "/bge-small-en-v1.5-q.onnx";
    static final String TOKENIZER_RESOURCE = "/bge-small-en-v1.5-q-tokenizer.json";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean takesTokenTypes;
    private final WordPieceTokenizer tokenizer;

    private BgeSmallEncoder(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
        this.tokenizer = tokenizer;
    }

    /** Loads the model and its tokenizer from the class path. */
    public static BgeSmallEncoder load() {
        try (InputStream model = resource(MODEL_RESOURCE);
             OrtSession.SessionOptions options = ModelSessions.options()) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new BgeSmallEncoder(environment, session, WordPieceTokenizer.read(resource(TOKENIZER_RESOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + MODEL_RESOURCE, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BgeSmallEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Not on the class path: " + name);
        }
        return in;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public float[] encode(String sentence) {
        return run(sentence, hiddenStates -> firstTokenVector(everyToken(hiddenStates, 1)));
    }

    /** The sentence's vector, the output at its {@code [CLS]} token made unit length, and the outputs at every token. */
    @Override
    public Encoding encodeWithTokens(String sentence) {
        return run(sentence, hiddenStates -> {
            long[] shape = hiddenStates.getInfo().getShape();
            TokenOutputs tokens = everyToken(hiddenStates, (int) shape[shape.length - 2]);
            return new Encoding(firstTokenVector(tokens), Optional.of(tokens));
        });
    }

    /** Runs the model on the sentence and reads its output at every token with {@code read}. */
    private <T> T run(String sentence, Function<OnnxTensor, T> read) {
        long[] ids = tokenizer.ids(sentence);
        long[] shape = {1, ids.length};
        long[] everyToken = new long[ids.length];
        Arrays.fill(everyToken, 1L);
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(everyToken), shape);
             OnnxTensor typesTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idsTensor);
            inputs.put("attention_mask", maskTensor);
            if (takesTokenTypes) {
                inputs.put("token_type_ids", typesTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return read.apply((OnnxTensor) result.get(0));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to encode", e);
        }
    }

    /** The outputs at the first {@code tokens} tokens. */
    private static TokenOutputs everyToken(OnnxTensor hiddenStates, int tokens) {
        long[] shape = hiddenStates.getInfo().getShape();
        int dimensions = (int) shape[shape.length - 1];
        float[] values = new float[tokens * dimensions];
        hiddenStates.getFloatBuffer().get(values);
        return new TokenOutputs(tokens, dimensions, values);
    }

    private static float[] firstTokenVector(TokenOutputs tokens) {
        return Vectors.unit(Arrays.copyOf(tokens.values(), tokens.dimensions()));
    }
}
