package org.needsspace.understanding.semantic;


/** Turns a sentence into a vector of unit length, so that sentences that mean alike lie close together. */
public interface SentenceEncoder {

    /** The encoder's name, stored with the vectors it made so that vectors of two encoders are never mixed. */
    String name();

    float[] encode(String sentence);
}
