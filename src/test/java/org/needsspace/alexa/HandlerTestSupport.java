package org.needsspace.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.Status;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.needsspace.TestContent;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.progress.ProgressStore;

/** Real HandlerInputs built from request envelopes, as the SDK builds them; only the store is mocked. */
public final class HandlerTestSupport {

    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    public static final String USER_ID = LocalRequests.userIdFor("unit");
    private static final LocalRequests REQUESTS = new LocalRequests(USER_ID, LocalRequests.LOCAL_SKILL_ID);

    private HandlerTestSupport() {
    }

    public static Turns turns(ProgressStore store) {
        return new Turns(TestContent.CATALOG, store, Clock.fixed(NOW, ZoneOffset.UTC), () -> new Random(1));
    }

    public static HandlerInput launch() {
        return HandlerInput.builder().withRequestEnvelope(REQUESTS.launch(LocalRequests.newSessionId())).build();
    }

    public static HandlerInput intent(String name, Map<String, Object> sessionAttributes, Slot... slots) {
        Map<String, Slot> slotMap = new HashMap<>();
        for (Slot slot : slots) {
            slotMap.put(slot.getName(), slot);
        }
        Intent intent = Intent.builder().withName(name).withConfirmationStatus(IntentConfirmationStatus.NONE)
                .withSlots(slotMap).build();
        return HandlerInput.builder()
                .withRequestEnvelope(REQUESTS.intent(LocalRequests.newSessionId(), sessionAttributes.isEmpty(),
                        sessionAttributes, intent))
                .build();
    }

    public static Slot slot(String name, String value) {
        return Slot.builder().withName(name).withValue(value).withConfirmationStatus(SlotConfirmationStatus.NONE).build();
    }

    public static Slot resolvedSlot(String name, String spoken, String id) {
        Resolution match = Resolution.builder()
                .withAuthority("amzn1.er-authority.echo-sdk.test.GUIDE_TOPIC")
                .withStatus(Status.builder().withCode(StatusCode.ER_SUCCESS_MATCH).build())
                .withValues(List.of(ValueWrapper.builder().withValue(Value.builder().withName(spoken).withId(id).build()).build()))
                .build();
        return Slot.builder().withName(name).withValue(spoken)
                .withResolutions(Resolutions.builder().withResolutionsPerAuthority(List.of(match)).build()).build();
    }

    public static Slot unmatchedSlot(String name, String spoken) {
        Resolution noMatch = Resolution.builder()
                .withAuthority("amzn1.er-authority.echo-sdk.test.GUIDE_TOPIC")
                .withStatus(Status.builder().withCode(StatusCode.ER_SUCCESS_NO_MATCH).build())
                .build();
        return Slot.builder().withName(name).withValue(spoken)
                .withResolutions(Resolutions.builder().withResolutionsPerAuthority(List.of(noMatch)).build()).build();
    }

    public static String speech(Response response) {
        return ((SsmlOutputSpeech) response.getOutputSpeech()).getSsml();
    }
}
