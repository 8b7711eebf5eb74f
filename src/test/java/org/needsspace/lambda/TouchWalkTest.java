package org.needsspace.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.needsspace.TestContent;
import org.needsspace.console.SsmlAsText;
import org.needsspace.domain.Section;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.skill.SkillConfiguration;

/**
 * Touching the screen walks the guide exactly as speaking does: one user touches Next on an Echo Show, another says
 * "next" on a voice-only device, and both hear the same words at every section; the one with the screen sees each
 * section's page as it is read, then the end of the guide.
 */
class TouchWalkTest {

    private final NeedsSpaceStreamHandler handler = new NeedsSpaceStreamHandler(
            SkillConfiguration.from(Map.of()), TestContent.CATALOG, new InMemoryProgressStore());

    @Test
    void touchingNextReadsEverySectionInTurnAsSayingNextDoesAndShowsIt() {
        HandlerConversation voice = new HandlerConversation(handler, "amzn1.ask.account.VOICEONLY");
        voice.say("go to step one");
        EchoShowTouches screen = new EchoShowTouches(handler, "amzn1.ask.account.ECHOSHOW");
        JsonNode first = screen.touch("step", 1);
        assertEquals("Initiating the conversation", first.at("/response/directives/0/datasources/screen/sectionTitle").asText());

        List<Section> sections = TestContent.english().guide().sections();
        for (Section section : sections.subList(1, sections.size())) {
            String spoken = voice.say("next");
            JsonNode touched = screen.touch("next");
            assertEquals(spoken, speech(touched), "touch and voice at " + section.id());
            assertTrue(spoken.contains(section.title()), spoken);
            assertEquals(List.of(), voice.lastResponse().getDirectives(), "a voice-only device is sent no screen");
            JsonNode directive = touched.at("/response/directives/0");
            assertEquals("needs-space-section", directive.path("token").asText());
            assertEquals(section.title(), directive.at("/datasources/screen/sectionTitle").asText());
            assertEquals(sections.indexOf(section) + 1, directive.at("/datasources/screen/progress/value").asInt());
        }

        String spokenAtEnd = voice.say("next");
        JsonNode touchedAtEnd = screen.touch("next");
        assertEquals(spokenAtEnd, speech(touchedAtEnd));
        assertEquals("needs-space-end", touchedAtEnd.at("/response/directives/0/token").asText());
    }

    @Test
    void touchingBackStepsAndASectionAnswerAsTheirSpokenTwins() {
        HandlerConversation voice = new HandlerConversation(handler, "amzn1.ask.account.VOICEONLY2");
        EchoShowTouches screen = new EchoShowTouches(handler, "amzn1.ask.account.ECHOSHOW2");
        voice.say("go to step three");
        screen.touch("step", 3);

        assertEquals(voice.say("go back"), speech(screen.touch("previous")));
        assertEquals(voice.say("what are the steps"), speech(screen.touch("steps")));
        JsonNode section = screen.touch("section", "avoiding-pressure");
        assertEquals(voice.say("should I keep texting her"), speech(section));
        assertEquals("Avoiding pressure", section.at("/response/directives/0/datasources/screen/sectionTitle").asText());
    }

    private static String speech(JsonNode envelope) {
        return SsmlAsText.of(envelope.at("/response/outputSpeech/ssml").asText());
    }
}
