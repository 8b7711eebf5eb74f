package org.needsspace.understanding.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.Test;

class ModelSessionsTest {

    @Test
    void workerThreadsSleepWhileTheyWaitRatherThanSpin() throws OrtException {
        try (OrtSession.SessionOptions options = ModelSessions.options()) {
            assertEquals("0", options.getConfigEntries().get("session.intra_op.allow_spinning"));
        }
    }
}
