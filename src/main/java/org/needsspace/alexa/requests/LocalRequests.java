package org.needsspace.alexa.requests;

import com.amazon.ask.model.Application;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.DialogState;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.AlexaPresentationAplInterface;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.amazon.ask.model.interfaces.system.SystemState;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds request envelopes as Alexa would send them, for the local console and for tests. */
public final class LocalRequests {

    public static final String LOCAL_SKILL_ID = "amzn1.ask.skill.local-console";
    private static final String DEFAULT_LOCALE = "en-US";

    private final String userId;
    private final String skillId;
    private final String locale;

    public LocalRequests(String userId, String skillId) {
        this(userId, skillId, DEFAULT_LOCALE);
    }

    public LocalRequests(String userId, String skillId, String locale) {
        this.userId = userId;
        this.skillId = skillId;
        this.locale = locale;
    }

    /** A stable Alexa-style user id for a console user name. */
    public static String userIdFor(String name) {
        return "amzn1.ask.account.local." + name;
    }

    public RequestEnvelope launch(String sessionId) {
        return envelope(sessionId, true, Map.of(), LaunchRequest.builder()
                .withRequestId(requestId()).withLocale(locale).withTimestamp(now()).build());
    }

    public RequestEnvelope intent(String sessionId, boolean newSession, Map<String, Object> attributes, Intent intent) {
        return envelope(sessionId, newSession, attributes, IntentRequest.builder()
                .withRequestId(requestId()).withLocale(locale).withTimestamp(now())
                .withDialogState(DialogState.COMPLETED).withIntent(intent).build());
    }

    /** A touch on a screen: a UserEvent with the SendEvent's arguments, from a device that renders APL. */
    public RequestEnvelope touch(String sessionId, Map<String, Object> attributes, List<Object> arguments) {
        return envelope(sessionId, false, attributes, UserEvent.builder()
                .withRequestId(requestId()).withLocale(locale).withTimestamp(now()).withArguments(arguments).build(),
                SupportedInterfaces.builder()
                        .withAlexaPresentationAPL(AlexaPresentationAplInterface.builder().build()).build());
    }

    public RequestEnvelope sessionEnded(String sessionId, Map<String, Object> attributes, SessionEndedReason reason) {
        return envelope(sessionId, false, attributes, SessionEndedRequest.builder()
                .withRequestId(requestId()).withLocale(locale).withTimestamp(now()).withReason(reason).build());
    }

    public static String newSessionId() {
        return "amzn1.echo-api.session." + UUID.randomUUID();
    }

    private RequestEnvelope envelope(String sessionId, boolean newSession, Map<String, Object> attributes, Request request) {
        return envelope(sessionId, newSession, attributes, request, SupportedInterfaces.builder().build());
    }

    private RequestEnvelope envelope(String sessionId, boolean newSession, Map<String, Object> attributes, Request request,
            SupportedInterfaces interfaces) {
        Application application = Application.builder().withApplicationId(skillId).build();
        User user = User.builder().withUserId(userId).build();
        Session session = Session.builder()
                .withNew(newSession)
                .withSessionId(sessionId)
                .withApplication(application)
                .withUser(user)
                .withAttributes(new HashMap<>(attributes))
                .build();
        SystemState system = SystemState.builder()
                .withApplication(application)
                .withUser(user)
                .withDevice(Device.builder().withDeviceId("amzn1.ask.device.local-console")
                        .withSupportedInterfaces(interfaces).build())
                .build();
        return RequestEnvelope.builder()
                .withVersion("1.0")
                .withSession(session)
                .withContext(Context.builder().withSystem(system).build())
                .withRequest(request)
                .build();
    }

    private static String requestId() {
        return "amzn1.echo-api.request." + UUID.randomUUID();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
