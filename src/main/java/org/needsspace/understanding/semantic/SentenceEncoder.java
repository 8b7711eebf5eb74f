package org.needsspace.understanding.semantic;

import java.util.Optional;

/** Turns a sentence into a vector of unit length, so that sentences that mean alike lie close together. */
public interface SentenceEncoder {

    /** The encoder's name, stored with the vectors it made so that vectors of two encoders are never mixed. */
    String name();

    float[] encode(String sentence);

    /** The sentence's vector and, if this encoder has them, its outputs at every token; from one run of the model. */
    default Encoding encodeWithTokens(String sentence) {
        return new Encoding(encode(sentence), Optional.empty());
    }
}
