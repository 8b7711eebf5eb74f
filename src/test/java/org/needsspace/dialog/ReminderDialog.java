package org.needsspace.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.Application;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.DialogState;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.PermissionStatus;
import com.amazon.ask.model.Permissions;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.Scope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.amazon.ask.model.interfaces.connections.ConnectionsStatus;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.model.ui.AskForPermissionsConsentCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.needsspace.SsmlCheck;
import org.needsspace.TestContent;
import org.needsspace.alexa.conversation.Answers;
import org.needsspace.alexa.conversation.ReminderAnswer;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.alexaapi.FakeAlexaApi;
import org.needsspace.alexaapi.ReminderApi;
import org.needsspace.console.SsmlAsText;
import org.needsspace.console.UtteranceMapper;
import org.needsspace.domain.Progress;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.UserKey;
import org.needsspace.skill.SkillFactory;

/**
 * A conversation on a real Alexa device: every request carries the API endpoint (the fake Alexa API), this
 * request's token, the device, and the user's reminders permission as Alexa reports it.
 */
final class ReminderDialog {

    private static final UtteranceMapper MAPPER = UtteranceMapper.forLocale("en-US");
    private static final String SKILL_ID = "amzn1.ask.skill.reminder-dialog";

    private final CustomSkill skill;
    private final FakeAlexaApi alexa;
    private final ProgressStore store;
    private final String userId;
    private final String deviceId;
    private boolean permissionGranted;
    private String sessionId;
    private boolean open;
    private Map<String, Object> attributes = new HashMap<>();
    private Response response;

    ReminderDialog(FakeAlexaApi alexa, ReminderApi api, ProgressStore store, Clock clock, String user, String deviceId) {
        Turns turns = new Turns(TestContent.CATALOG, store, clock, () -> new Random(7));
        this.skill = SkillFactory.create(turns, TestContent.CATALOG, Optional.empty(), new Answers(api));
        this.alexa = alexa;
        this.store = store;
        this.userId = "amzn1.ask.account." + user;
        this.deviceId = deviceId;
    }

    ReminderDialog withPermission(boolean granted) {
        permissionGranted = granted;
        return this;
    }

    ReminderDialog opensTheSkill() {
        open = false;
        return send(LaunchRequest.builder().withRequestId(requestId()).withLocale("en-US").withTimestamp(now()).build());
    }

    ReminderDialog says(String text) {
        return sendsIntent(MAPPER.map(text));
    }

    ReminderDialog sendsIntent(Intent intent) {
        return send(IntentRequest.builder().withRequestId(requestId()).withLocale("en-US").withTimestamp(now())
                .withDialogState(DialogState.COMPLETED).withIntent(intent).build());
    }

    /** Alexa asked the user for the permission and tells the skill what they said. */
    ReminderDialog alexaAnswersThePermissionRequest(String status) {
        SendRequestDirective asked = askForDirective();
        if ("ACCEPTED".equals(status)) {
            permissionGranted = true;
        }
        return send(ConnectionsResponse.builder().withRequestId(requestId()).withLocale("en-US").withTimestamp(now())
                .withName("AskFor").withToken(asked.getToken())
                .withStatus(ConnectionsStatus.builder().withCode("200").withMessage("OK").build())
                .withPayload(Map.of("permissionScope", ReminderAnswer.SCOPE, "status", status)).build());
    }

    ReminderDialog hears(String... fragments) {
        for (String fragment : fragments) {
            assertTrue(spoken().contains(fragment), "expected to hear \"" + fragment + "\" in: " + spoken());
        }
        return this;
    }

    ReminderDialog doesNotHear(String... fragments) {
        for (String fragment : fragments) {
            assertFalse(spoken().contains(fragment), "did not expect \"" + fragment + "\" in: " + spoken());
        }
        return this;
    }

    /** Alexa takes the turn to ask for the reminders permission in its own words. */
    ReminderDialog asksForThePermissionByVoice() {
        SendRequestDirective directive = askForDirective();
        assertEquals("AskForPermissionsConsentRequest", directive.getPayload().get("@type"));
        assertEquals("1", directive.getPayload().get("@version"));
        assertEquals(ReminderAnswer.SCOPE, directive.getPayload().get("permissionScope"));
        assertNull(response.getReprompt(), "no reprompt: Alexa asks");
        assertNull(response.getShouldEndSession(), "shouldEndSession left to Alexa");
        return this;
    }

    ReminderDialog sendsTheConsentCard() {
        AskForPermissionsConsentCard card = assertInstanceOf(AskForPermissionsConsentCard.class, response.getCard());
        assertEquals(List.of(ReminderAnswer.SCOPE), card.getPermissions());
        return this;
    }

    ReminderDialog sessionStaysOpen() {
        assertTrue(open, "the session stays open");
        assertNotNull(response.getReprompt(), "a reprompt while the session stays open");
        return this;
    }

    ReminderDialog sessionEnds() {
        assertFalse(open, "the session ends");
        return this;
    }

    Progress progress() {
        return store.load(UserKey.of(userId)).orElse(Progress.newUser());
    }

    String spoken() {
        return response.getOutputSpeech() instanceof SsmlOutputSpeech speech ? SsmlAsText.of(speech.getSsml()) : "";
    }

    private SendRequestDirective askForDirective() {
        assertNotNull(response.getDirectives(), "directives");
        return response.getDirectives().stream().filter(SendRequestDirective.class::isInstance)
                .map(SendRequestDirective.class::cast).filter(directive -> "AskFor".equals(directive.getName()))
                .findFirst().orElseThrow(() -> new AssertionError("no Connections.SendRequest AskFor"));
    }

    private ReminderDialog send(Request request) {
        boolean newSession = !open;
        if (newSession) {
            sessionId = "amzn1.echo-api.session." + UUID.randomUUID();
            attributes = new HashMap<>();
        }
        Application application = Application.builder().withApplicationId(SKILL_ID).build();
        Permissions permissions = Permissions.builder()
                .withConsentToken(permissionGranted ? "consent-token" : null)
                .withScopes(permissionGranted
                        ? Map.of(ReminderAnswer.SCOPE, Scope.builder().withStatus(PermissionStatus.GRANTED).build())
                        : Map.of())
                .build();
        User user = User.builder().withUserId(userId).withPermissions(permissions).build();
        SystemState system = SystemState.builder()
                .withApplication(application).withUser(user)
                .withDevice(Device.builder().withDeviceId(deviceId)
                        .withSupportedInterfaces(SupportedInterfaces.builder().build()).build())
                .withApiEndpoint(alexa.endpoint()).withApiAccessToken(FakeAlexaApi.TOKEN)
                .build();
        RequestEnvelope envelope = RequestEnvelope.builder().withVersion("1.0")
                .withSession(Session.builder().withNew(newSession).withSessionId(sessionId).withApplication(application)
                        .withUser(user).withAttributes(new HashMap<>(attributes)).build())
                .withContext(Context.builder().withSystem(system).build())
                .withRequest(request).build();
        ResponseEnvelope answer = skill.invoke(envelope);
        response = answer.getResponse();
        assertNotNull(response, "a response");
        attributes = answer.getSessionAttributes() == null ? new HashMap<>() : new HashMap<>(answer.getSessionAttributes());
        open = !Boolean.TRUE.equals(response.getShouldEndSession());
        if (response.getOutputSpeech() instanceof SsmlOutputSpeech speech) {
            SsmlCheck.assertValid(speech.getSsml());
        }
        return this;
    }

    private static String requestId() {
        return "amzn1.echo-api.request." + UUID.randomUUID();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
