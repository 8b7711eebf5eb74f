package org.needsspace.understanding.semantic;

/** The probability that a sentence speaks of danger, read from the encoder's outputs at its every token. */
public interface DangerClassifier {

    double probability(TokenOutputs tokens);
}
