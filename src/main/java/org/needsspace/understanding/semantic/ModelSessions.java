package org.needsspace.understanding.semantic;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * How the skill's models run: ONNX Runtime's worker threads sleep while they wait for work instead of spinning. A
 * turn is one short sentence, done in milliseconds; spinning workers then only take the processor from everything
 * else on a busy host or in a Lambda function's share of a processor, and the slowest turns wait for them.
 */
final class ModelSessions {

    private ModelSessions() {
    }

    static OrtSession.SessionOptions options() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try {
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            return options;
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }
}
