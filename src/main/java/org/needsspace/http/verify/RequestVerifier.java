package org.needsspace.http.verify;

import org.eclipse.jetty.http.HttpFields;

/** The checks a request passes before the skill runs: its signature (on the raw body) and its timestamp. */
public interface RequestVerifier {

    void checkSignature(HttpFields headers, byte[] body) throws RequestRejected;

    void checkTimestamp(AlexaRequestFields request) throws RequestRejected;

    /** Verification off, for local testing only ({@code --no-signature-check}). */
    static RequestVerifier off() {
        return new RequestVerifier() {
            @Override
            public void checkSignature(HttpFields headers, byte[] body) {
            }

            @Override
            public void checkTimestamp(AlexaRequestFields request) {
            }
        };
    }

    /** What Alexa requires of a web service: a valid signature and a fresh timestamp. */
    static RequestVerifier alexa(AlexaSignatureVerifier signatures, TimestampVerifier timestamps) {
        return new RequestVerifier() {
            @Override
            public void checkSignature(HttpFields headers, byte[] body) throws RequestRejected {
                signatures.verify(headers.get("Signature-256"), headers.get("SignatureCertChainUrl"), body);
            }

            @Override
            public void checkTimestamp(AlexaRequestFields request) throws RequestRejected {
                timestamps.verify(request);
            }
        };
    }
}
