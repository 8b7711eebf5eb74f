package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.exception.AskSdkException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.needsspace.alexa.AlexaResponseValidator;
import org.needsspace.http.verify.RequestVerifier;
import org.needsspace.lambda.NeedsSpaceStreamHandler;
import org.needsspace.progress.FileProgressStore;

/** Every catalogue request through both entry points; every answer checked against Alexa's rules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueTest {

    @TempDir
    static Path directory;

    private NeedsSpaceStreamHandler lambda;
    private SkillHttpServer server;

    @BeforeAll
    void start() {
        lambda = EntryPoints.lambda(new FileProgressStore(directory.resolve("lambda-progress.json")));
        server = EntryPoints.serve(directory.resolve("serve-progress.json"), RequestVerifier.off());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    List<String> catalogue() {
        return Catalogue.names();
    }

    @Test
    void catalogueCoversEveryRequestTypeAndEveryEntryHasAnExpectation() {
        List<String> types = catalogue().stream().map(name -> Catalogue.request(name).path("request").path("type").asText())
                .distinct().toList();
        for (String type : List.of("LaunchRequest", "IntentRequest", "SessionEndedRequest", "System.ExceptionEncountered",
                "CanFulfillIntentRequest", "AlexaSkillEvent.SkillEnabled", "AlexaSkillEvent.SkillPermissionAccepted",
                "AlexaSkillEvent.SkillPermissionChanged", "Alexa.Presentation.APL.UserEvent")) {
            assertTrue(types.contains(type), "catalogue lacks " + type);
        }
        for (String name : catalogue()) {
            JsonNode expectation = Catalogue.expectation(name);
            if (expectation.path("speech").asBoolean()) {
                assertTrue(expectation.has("says") && expectation.has("attributes"),
                        name + " must name what it says and the question left pending, not just any speech");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void lambdaAnswersAsAlexaExpects(String name) throws IOException {
        JsonNode expectation = Catalogue.expectation(name);
        if (expectation.path("refused").asBoolean()) {
            AskSdkException refused = assertThrows(AskSdkException.class,
                    () -> EntryPoints.invokeLambda(lambda, Catalogue.bytes(name)));
            assertEquals("Could not find a skill to handle the incoming request", refused.getMessage());
            return;
        }
        checkAnswer(name, EntryPoints.invokeLambda(lambda, Catalogue.bytes(name)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void serveModeAnswersAsAlexaExpects(String name) throws IOException {
        HttpResponse<String> response = EntryPoints.postJson(server, Catalogue.bytes(name));
        if (Catalogue.expectation(name).path("refused").asBoolean()) {
            assertEquals(403, response.statusCode(), response.body());
            return;
        }
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        checkAnswer(name, response.body());
    }

    private static void checkAnswer(String name, String body) throws IOException {
        String type = Catalogue.request(name).path("request").path("type").asText();
        AlexaResponseValidator.assertValid(type, body);
        JsonNode expectation = Catalogue.expectation(name);
        JsonNode response = Catalogue.JSON.readTree(body).path("response");
        String speech = response.path("outputSpeech").path("ssml").asText("");
        if (expectation.path("speech").asBoolean()) {
            assertFalse(speech.isBlank(), name + " should be answered with speech: " + body);
        }
        if (expectation.path("silent").asBoolean()) {
            assertTrue(speech.isEmpty() && !response.has("reprompt") && !response.has("card"),
                    name + " should be answered without speech: " + body);
        }
        if (expectation.has("open")) {
            boolean open = expectation.path("open").asBoolean();
            assertEquals(!open, response.path("shouldEndSession").asBoolean(false), name + " session: " + body);
            assertEquals(open, response.has("reprompt"), name + " reprompt: " + body);
        }
        if (expectation.has("says")) {
            assertTrue(speech.toLowerCase().contains(expectation.path("says").asText().toLowerCase()),
                    name + " should say " + expectation.path("says") + ": " + speech);
        }
        if (expectation.has("canFulfill")) {
            assertEquals(expectation.path("canFulfill").asText(),
                    response.path("canFulfillIntent").path("canFulfill").asText(), name + ": " + body);
        }
        if (expectation.has("attributes")) {
            assertContains(expectation.path("attributes"), Catalogue.JSON.readTree(body).path("sessionAttributes"),
                    name + " session attributes");
        }
        assertFalse(speech.contains("something went wrong on my side"), name + " got the apology for a bug: " + speech);
        if (expectation.has("card")) {
            assertEquals(expectation.path("card").asBoolean(), response.has("card"), name + " card: " + body);
        }
        checkScreen(name, expectation, response);
    }

    /** The expected screen's document and data, and no document at all where none is expected (voice-only devices). */
    private static void checkScreen(String name, JsonNode expectation, JsonNode response) {
        List<JsonNode> documents = new ArrayList<>();
        response.path("directives").forEach(directive -> {
            if (directive.path("type").asText().equals("Alexa.Presentation.APL.RenderDocument")) {
                documents.add(directive);
            }
        });
        if (!expectation.has("screen")) {
            assertEquals(List.of(), documents, name + " should show no screen");
            return;
        }
        assertEquals(1, documents.size(), name + " should show one screen: " + response);
        JsonNode directive = documents.get(0);
        String view = expectation.path("screen").asText();
        assertEquals("needs-space-" + view, directive.path("token").asText(), name);
        assertEquals("APL", directive.path("document").path("type").asText(), name);
        assertTrue(directive.path("datasources").path("screen").isObject(), name + " sends the screen's data");
    }

    /** Every field the expectation names has that value in the actual JSON (objects compared field by field). */
    private static void assertContains(JsonNode expected, JsonNode actual, String where) {
        if (!expected.isObject()) {
            assertEquals(expected, actual, where);
            return;
        }
        expected.fields().forEachRemaining(field ->
                assertContains(field.getValue(), actual.path(field.getKey()), where + "." + field.getKey()));
    }
}
