package org.needsspace.understanding.semantic;

import java.util.Optional;

/**
 * A sentence's unit vector and, from an encoder that has them, its outputs at every token.
 */
public record Encoding(float[] vector, Optional<TokenOutputs> tokens) {
}
