package org.needsspace.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import com.amazon.ask.exception.AskSdkException;
import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.needsspace.SsmlCheck;
import org.needsspace.TestContent;
import org.needsspace.content.Phrase;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.progress.UserKey;
import org.needsspace.skill.SkillConfiguration;

/** Real Alexa request JSON through the Lambda handler's handleRequest, checking the response JSON. */
class EnvelopeTest {

    private static final String SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555";
    private static final String USER_ID = "amzn1.ask.account.AEXAMPLEUSERIDFORENVELOPETESTS";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final NeedsSpaceStreamHandler handler = new NeedsSpaceStreamHandler(
            SkillConfiguration.from(Map.of(SkillConfiguration.SKILL_ID, SKILL_ID)), TestContent.CATALOG, store);

    @Test
    void launchRequestIsWelcomedWithAReprompt() throws IOException {
        JsonNode response = handle("launch.json").path("response");
        assertSpeech(response, "Welcome to Partner Space Coach");
        assertTrue(response.path("reprompt").path("outputSpeech").path("ssml").asText().startsWith("<speak>"));
        assertFalse(response.path("shouldEndSession").asBoolean(true));
    }

    @Test
    void aResolvedTopicIsReadWithACardAndRidesInSessionAttributes() throws IOException {
        JsonNode envelope = handle("intent-topic-match.json");
        assertSpeech(envelope.path("response"), "Active listening");
        assertEquals("Step 1: Communicate - Active listening", envelope.path("response").path("card").path("title").asText());
        assertEquals("Simple", envelope.path("response").path("card").path("type").asText());
        assertEquals("active-listening", envelope.path("sessionAttributes").path("progress").path("sectionId").asText());
        assertEquals("active-listening", store.load(UserKey.of(USER_ID)).orElseThrow().sectionId());
    }

    @Test
    void anUnmatchedTopicThatMeansNothingGetsAKindAnswerAndStoresNothing() throws IOException {
        JsonNode response = handle("intent-topic-no-match.json").path("response");
        String ssml = response.path("outputSpeech").path("ssml").asText();
        assertTrue(TestContent.english().templates(Phrase.NOT_UNDERSTOOD_FIRST).stream().anyMatch(ssml::contains), ssml);
        assertFalse(response.path("shouldEndSession").asBoolean(true));
        assertTrue(store.load(UserKey.of(USER_ID)).isEmpty(), "nothing stored");
    }

    @Test
    void anUnmatchedTopicIsUnderstoodFromItsWords() throws IOException {
        assertSpeech(handle("intent-topic-no-match-understood.json").path("response"), "Friends and family");
    }

    @Test
    void dangerInAnySlotValueGetsTheSafetyGuidanceWhateverTheIntent() throws IOException {
        JsonNode response = handle("intent-topic-danger.json").path("response");
        assertSpeech(response, "<say-as interpret-as=\"telephone\">988</say-as>");
        assertTrue(store.load(UserKey.of(USER_ID)).isEmpty(), "nothing stored");
    }

    @Test
    void theCatchAllsWordsAreUnderstoodDangerFirst() throws IOException {
        assertSpeech(handle("intent-free-text-danger.json").path("response"), "<say-as interpret-as=\"telephone\">988</say-as>");
        assertSpeech(handle("intent-free-text-section.json").path("response"), "Professional guidance");
    }

    @Test
    void aStepNumberFromAmazonNumberIsRead() throws IOException {
        assertSpeech(handle("intent-step-number.json").path("response"), "Step three, Focus on yourself: Self-care practices.");
    }

    @Test
    void aTouchOnNextFromAnEchoShowReadsTheNextSectionAndShowsIt() throws IOException {
        JsonNode envelope = handle("apl-user-event-next.json");
        JsonNode response = envelope.path("response");
        assertSpeech(response, "Step two, Respect boundaries: Maintaining independence.");
        assertEquals("maintaining-independence", envelope.path("sessionAttributes").path("progress").path("sectionId").asText());
        assertEquals("maintaining-independence", store.load(UserKey.of(USER_ID)).orElseThrow().sectionId());
        JsonNode directive = response.path("directives").path(0);
        assertEquals("Alexa.Presentation.APL.RenderDocument", directive.path("type").asText());
        assertEquals("needs-space-section", directive.path("token").asText());
        JsonNode screen = directive.path("datasources").path("screen");
        assertEquals("Step 2 of 6", screen.path("stepOf").asText());
        assertEquals("Maintaining independence", screen.path("sectionTitle").asText());
        assertEquals(4, screen.path("progress").path("value").asInt());
        assertEquals(12, screen.path("progress").path("total").asInt());
        assertEquals("Step 2: Respect boundaries - Maintaining independence", response.path("card").path("title").asText());
    }

    @Test
    void sessionEndedWithAnErrorGetsNoSpeech() throws IOException {
        JsonNode response = handle("session-ended-error.json").path("response");
        assertTrue(response.path("outputSpeech").isMissingNode());
        assertTrue(response.path("reprompt").isMissingNode());
        assertTrue(response.path("card").isMissingNode());
    }

    @Test
    void aRequestForAnotherSkillIsRefusedAndAnswersNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AskSdkException refused = assertThrows(AskSdkException.class,
                () -> handler.handleRequest(resource("other-skill.json"), out, mock(Context.class)));
        assertEquals("Could not find a skill to handle the incoming request", refused.getMessage());
        assertEquals(0, out.size());
        assertTrue(store.load(UserKey.of(USER_ID)).isEmpty());
    }

    @Test
    void aRequestThatNamesNoSkillIsRefusedLikeAnotherSkillsRequest() throws IOException {
        ObjectNode launch = (ObjectNode) JSON.readTree(resource("launch.json"));
        launch.remove("context");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AskSdkException refused = assertThrows(AskSdkException.class, () -> handler.handleRequest(
                new ByteArrayInputStream(JSON.writeValueAsBytes(launch)), out, mock(Context.class)));
        assertEquals("Could not find a skill to handle the incoming request", refused.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void anUnsetSkillIdAcceptsAnySkillButABlankOneIsNeverConfigured() throws IOException {
        assertEquals(Optional.empty(), SkillConfiguration.from(Map.of(SkillConfiguration.SKILL_ID, "  ")).skillId());
        NeedsSpaceStreamHandler open = new NeedsSpaceStreamHandler(SkillConfiguration.from(Map.of()), TestContent.CATALOG, store);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        open.handleRequest(resource("other-skill.json"), out, mock(Context.class));
        assertSpeech(JSON.readTree(out.toByteArray()).path("response"), "Welcome");
    }

    /** Lambda builds it this way; it reads the environment, so the child JVMs of EnvironmentConfiguredProcessIT run it. */
    @Test
    void lambdaCanBuildTheHandlerWithAPublicNoArgumentConstructor() throws NoSuchMethodException {
        assertTrue(com.amazonaws.services.lambda.runtime.RequestStreamHandler.class
                .isAssignableFrom(NeedsSpaceStreamHandler.class));
        assertTrue(Modifier.isPublic(NeedsSpaceStreamHandler.class.getConstructor().getModifiers()));
    }

    @Test
    void malformedJsonIsAnErrorAndStoresNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AskSdkException malformed = assertThrows(AskSdkException.class, () -> handler.handleRequest(
                new ByteArrayInputStream("{\"version\": ".getBytes()), out, mock(Context.class)));
        assertEquals("Deserialization error", malformed.getMessage());
        assertEquals(0, out.size());
    }

    private JsonNode handle(String fixture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(resource(fixture), out, mock(Context.class));
        JsonNode envelope = JSON.readTree(out.toByteArray());
        assertEquals("1.0", envelope.path("version").asText());
        return envelope;
    }

    private static void assertSpeech(JsonNode response, String expected) {
        assertEquals("SSML", response.path("outputSpeech").path("type").asText());
        String ssml = response.path("outputSpeech").path("ssml").asText();
        SsmlCheck.assertValid(ssml);
        assertTrue(ssml.contains(expected), "expected \"" + expected + "\" in " + ssml);
    }

    private static InputStream resource(String fixture) {
        return EnvelopeTest.class.getResourceAsStream("/envelopes/" + fixture);
    }
}
