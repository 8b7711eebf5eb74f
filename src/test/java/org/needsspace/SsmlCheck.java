package org.needsspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.needsspace.alexa.AlexaResponseValidator;

/** Asserts that speech is SSML Alexa accepts, with the rules of {@link AlexaResponseValidator}. */
public final class SsmlCheck {

    private SsmlCheck() {
    }

    public static void assertValid(String ssml) {
        assertTrue(ssml.length() <= AlexaResponseValidator.MAX_SPEECH_CHARS, "at most 8,000 characters, was " + ssml.length());
        assertEquals(List.of(), AlexaResponseValidator.ssmlProblems(ssml), ssml);
    }

    /** A fragment of trusted SSML from the content file. */
    public static void assertValidFragment(String fragment) {
        assertValid("<speak>" + fragment + "</speak>");
    }
}
