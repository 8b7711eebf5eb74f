package org.needsspace.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.User;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import com.amazon.ask.model.events.skillevents.AccountLinkedRequest;
import com.amazon.ask.model.events.skillevents.PermissionAcceptedRequest;
import com.amazon.ask.model.events.skillevents.PermissionChangedRequest;
import com.amazon.ask.model.events.skillevents.ProactiveSubscriptionChangedRequest;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import com.amazon.ask.model.events.skillevents.SkillEnabledRequest;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.amazon.ask.model.interfaces.audioplayer.PlaybackStartedRequest;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.needsspace.TestContent;
import org.needsspace.alexa.conversation.ReminderAnswer;
import org.needsspace.alexa.handlers.AnswerHandler;
import org.needsspace.alexa.handlers.UnhandledRequestHandler;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.progress.InMemoryProgressStore;

/**
 * Alexa sends a request type only when the manifest declares it, so a handler for an undeclared type is dead code
 * and a declared type without its own handler gets nothing useful. Both directions are checked, for request types
 * and for intents.
 */
class ManifestAgreesWithHandlersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode manifest;
    private static Set<String> modelIntents;
    private static List<RequestHandler> handlers;

    @BeforeAll
    static void read() throws IOException {
        manifest = JSON.readTree(Path.of("interaction-model/skill.json").toFile()).path("manifest");
        modelIntents = new HashSet<>();
        JSON.readTree(Path.of("interaction-model/interactionModels/custom/en-US.json").toFile())
                .path("interactionModel").path("languageModel").path("intents")
                .forEach(intent -> modelIntents.add(intent.path("name").asText()));
        handlers = SkillFactory.requestHandlers(
                new Turns(TestContent.CATALOG, new InMemoryProgressStore(), Clock.systemUTC(), Random::new),
                TestContent.CATALOG);
    }

    static Stream<Arguments> requestTypesThatNeedADeclaration() {
        return Stream.of(
                arguments("interface CAN_FULFILL_INTENT_REQUEST", CanFulfillIntentRequest.builder()
                        .withRequestId("r").withIntent(Intent.builder().withName("TopicIntent").build()).build()),
                arguments("interface ALEXA_PRESENTATION_APL", UserEvent.builder().withRequestId("r").build()),
                arguments("interface AUDIO_PLAYER", PlaybackStartedRequest.builder().withRequestId("r").build()),
                arguments("event SKILL_ENABLED", SkillEnabledRequest.builder().withRequestId("r").build()),
                arguments("event SKILL_DISABLED", SkillDisabledRequest.builder().withRequestId("r").build()),
                arguments("event SKILL_PERMISSION_ACCEPTED", PermissionAcceptedRequest.builder().withRequestId("r").build()),
                arguments("event SKILL_PERMISSION_CHANGED", PermissionChangedRequest.builder().withRequestId("r").build()),
                arguments("event SKILL_ACCOUNT_LINKED", AccountLinkedRequest.builder().withRequestId("r").build()),
                arguments("event SKILL_PROACTIVE_SUBSCRIPTION_CHANGED",
                        ProactiveSubscriptionChangedRequest.builder().withRequestId("r").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestTypesThatNeedADeclaration")
    void aRequestTypeHasItsOwnHandlerExactlyWhenTheManifestDeclaresIt(String declaration, Request request) {
        boolean declared = declares(declaration);
        assertEquals(declared, hasItsOwnHandler(request), declared
                ? "the manifest declares " + declaration + " but no handler answers " + request.getType()
                : "a handler answers " + request.getType() + " but the manifest does not declare " + declaration);
    }

    @Test
    void theOnlyPermissionDeclaredIsTheOneTheSkillAsksForByVoice() {
        List<String> declared = new java.util.ArrayList<>();
        manifest.path("permissions").forEach(permission -> declared.add(permission.path("name").asText()));
        assertEquals(List.of(ReminderAnswer.SCOPE), declared);
        assertTrue(hasItsOwnHandler(ConnectionsResponse.builder().withRequestId("r").withName("AskFor").build()),
                "Alexa's answer to the voice permission request has a handler");
    }

    @Test
    void everyIntentOfTheModelHasItsOwnHandler() {
        for (String intent : modelIntents) {
            assertTrue(hasItsOwnHandler(IntentRequest.builder().withRequestId("r")
                    .withIntent(Intent.builder().withName(intent).build()).build()), intent + " has no handler");
        }
    }

    @Test
    void everyIntentAHandlerAnswersIsInTheModel() {
        List<String> answered = handlers.stream()
                .flatMap(handler -> handler instanceof AnswerHandler answer ? answer.intentName().stream() : Stream.empty())
                .toList();
        assertFalse(answered.isEmpty());
        for (String intent : answered) {
            assertTrue(modelIntents.contains(intent), intent + " is answered but Alexa never sends it: not in the model");
        }
    }

    private static boolean declares(String declaration) {
        String[] kindAndName = declaration.split(" ");
        JsonNode list = kindAndName[0].equals("interface")
                ? manifest.path("apis").path("custom").path("interfaces")
                : manifest.path("events").path("subscriptions");
        String field = kindAndName[0].equals("interface") ? "type" : "eventName";
        for (JsonNode entry : list) {
            if (entry.path(field).asText().equals(kindAndName[1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasItsOwnHandler(Request request) {
        HandlerInput input = HandlerInput.builder().withRequestEnvelope(RequestEnvelope.builder()
                        .withVersion("1.0")
                        .withSession(Session.builder().withNew(true).withSessionId("session")
                                .withUser(User.builder().withUserId("user").build()).build())
                        .withRequest(request).build())
                .build();
        return handlers.stream()
                .filter(handler -> !(handler instanceof UnhandledRequestHandler))
                .anyMatch(handler -> handler.canHandle(input));
    }
}
