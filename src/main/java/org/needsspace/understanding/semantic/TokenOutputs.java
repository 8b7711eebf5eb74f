package org.needsspace.understanding.semantic;

/**
 * An encoder's output at every token of one sentence, {@code dimensions} floats per token, in token order: what a
 * classifier trained on top of the encoder reads.
 */
public record TokenOutputs(int tokens, int dimensions, float[] values) {

    public TokenOutputs {
        if (tokens <= 0 || dimensions <= 0 || values.length != tokens * dimensions) {
            throw new IllegalArgumentException(tokens + " tokens of " + dimensions + " but " + values.length + " values");
        }
    }
}
