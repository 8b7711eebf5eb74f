package org.needsspace.understanding.semantic;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in encoder for unit tests: one dimension per word of a fixed vocabulary, counted, made unit length, so
 * that sentences sharing words lie close. Counts how many sentences it encoded.
 */
public final class WordCountEncoder implements SentenceEncoder {

    private final List<String> vocabulary;
    private final AtomicInteger encoded = new AtomicInteger();

    public WordCountEncoder(List<String> vocabulary) {
        this.vocabulary = List.copyOf(vocabulary);
    }

    @Override
    public String name() {
        return "word-count";
    }

    @Override
    public float[] encode(String sentence) {
        encoded.incrementAndGet();
        float[] vector = new float[vocabulary.size()];
        for (String word : sentence.split(" ")) {
            int dimension = vocabulary.indexOf(word);
            if (dimension >= 0) {
                vector[dimension]++;
            }
        }
        return Vectors.unit(vector);
    }

    public int encoded() {
        return encoded.get();
    }
}
