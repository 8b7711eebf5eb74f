package org.needsspace.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.needsspace.alexa.conversation.Coach;

class ContentOverlayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text);
    }

    private final ObjectNode base = json("""
            {"locale": "en-US", "skillName": "Coach",
             "safety": {"intro": "Safety first.", "resources": [{"id": "emergency", "number": "911"}], "outro": "Bye."},
             "phrases": {"welcome": "Hi.", "goodbye": "Bye.", "added.later": "New.", "safety.reprompt": "Call 911."},
             "feelings": {"sad": {"exercise": "breathing"}, "lonely": {"exercise": "connection"}}}
            """);

    ContentOverlayTest() throws Exception {
    }

    @Test
    void anOverlayReplacesOnlyWhatItStatesSoWhatTheBaseAddsReachesIt() throws Exception {
        ObjectNode merged = ContentOverlay.resolve(json("""
                {"locale": "en-GB", "base": "en-US",
                 "safety": {"intro": "Safety first.", "resources": [{"id": "emergency", "number": "999"}], "outro": "Bye."},
                 "phrases": {"welcome": "Hello.", "safety.reprompt": "Call 999."},
                 "feelings": {"sad": {"exercise": "grounding"}}}
                """), Map.of("en-US", base)::get);
        assertEquals("en-GB", merged.path("locale").asText());
        assertEquals("Hello.", merged.path("phrases").path("welcome").asText());
        assertEquals("New.", merged.path("phrases").path("added.later").asText(), "a phrase added to the base");
        assertEquals("grounding", merged.path("feelings").path("sad").path("exercise").asText());
        assertEquals("connection", merged.path("feelings").path("lonely").path("exercise").asText());
        assertTrue(merged.path("base").isMissingNode());
    }

    @Test
    void theSafetyGuidanceIsReplacedWholeNeverMergedWithTheBases() throws Exception {
        ObjectNode merged = ContentOverlay.resolve(json("""
                {"locale": "en-IN", "base": "en-US", "safety": {"resources": [{"id": "emergency", "number": "112"}]},
                 "phrases": {"safety.reprompt": "Dial 112."}}
                """), Map.of("en-US", base)::get);
        assertEquals("{\"resources\":[{\"id\":\"emergency\",\"number\":\"112\"}]}", merged.path("safety").toString());
    }

    @Test
    void anOverlayWithoutItsOwnSafetyGuidanceIsRefused() {
        assertThrows(IllegalStateException.class, () -> ContentOverlay.resolve(json("""
                {"locale": "en-GB", "base": "en-US", "phrases": {"safety.reprompt": "Call 999."}}
                """), Map.of("en-US", base)::get));
    }

    @Test
    void anOverlayThatWouldTakeASafetyPhraseFromTheBaseIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ContentOverlay.resolve(json("""
                {"locale": "en-GB", "base": "en-US", "safety": {"resources": [{"id": "emergency", "number": "999"}]}}
                """), Map.of("en-US", base)::get));
        assertTrue(refused.getMessage().contains("phrase safety.reprompt"), refused.getMessage());
    }

    @Test
    void everySupportedLocaleLoads() {
        ContentCatalog.supportedLocales().forEach(locale -> assertEquals(locale, ContentLoader.load(locale).locale()));
    }
}
