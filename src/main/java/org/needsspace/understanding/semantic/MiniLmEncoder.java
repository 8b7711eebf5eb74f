package org.needsspace.understanding.semantic;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;

/**
 * The pretrained all-MiniLM-L6-v2 sentence encoder (quantized), run in-process on ONNX Runtime from the weights in
 * its Maven artifact: nothing is downloaded. Thread-safe.
 */
public final class MiniLmEncoder implements SentenceEncoder {

    static final String NAME = "all-minilm-l6-v2-q";
    static final String TOKENIZER_CACHE_PROPERTY = "DJL_CACHE_DIR";

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private MiniLmEncoder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /**
     * Loads the model. The native libraries are unpacked under {@code java.io.tmpdir}: ONNX Runtime does so by
     * itself, and the tokenizer's library, which would go under the home folder, is sent there too, because on
     * Lambda the temporary folder is the only one that can be written.
     */
    public static MiniLmEncoder load() {
        unpackTokenizerLibraryUnderTemporaryFolder();
        return new MiniLmEncoder();
    }

    static void unpackTokenizerLibraryUnderTemporaryFolder() {
        if (System.getProperty(TOKENIZER_CACHE_PROPERTY) == null && System.getenv(TOKENIZER_CACHE_PROPERTY) == null) {
            System.setProperty(TOKENIZER_CACHE_PROPERTY,
                    Path.of(System.getProperty("java.io.tmpdir"), "needs-space-tokenizer").toString());
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public float[] encode(String sentence) {
        return Vectors.unit(model.embed(sentence).content().vector());
    }
}
