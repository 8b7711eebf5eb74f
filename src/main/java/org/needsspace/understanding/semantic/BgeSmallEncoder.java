package org.needsspace.understanding.semantic;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.file.Path;

/**
 * The pretrained BAAI bge-small-en-v1.5 sentence encoder (quantized), run in-process on ONNX Runtime from the weights
 * in its Maven artifact: nothing is downloaded. Sentences are compared with each other, so they are encoded as they
 * are, without the instruction bge puts before a search query. Thread-safe.
 */
public final class BgeSmallEncoder implements SentenceEncoder {

    static final String NAME = "bge-small-en-v1.5-q";
    static final String TOKENIZER_CACHE_PROPERTY = "DJL_CACHE_DIR";

    private final BgeSmallEnV15QuantizedEmbeddingModel model;

    private BgeSmallEncoder() {
        this.model = new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    /**
     * Loads the model. The native libraries are unpacked under {@code java.io.tmpdir}: ONNX Runtime does so by
     * itself, and the tokenizer's library, which would go under the home folder, is sent there too, because on
     * Lambda the temporary folder is the only one that can be written.
     */
    public static BgeSmallEncoder load() {
        unpackTokenizerLibraryUnderTemporaryFolder();
        return new BgeSmallEncoder();
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
