package org.needsspace.lambda;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.Status;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import java.util.List;
import java.util.Map;
import org.needsspace.alexa.requests.LocalRequests;

/**
 * The canned conversation SnapStart priming plays before the snapshot: launch, a topic question, next, a question
 * in the user's own words (the catch-all, so the understanding's code runs too), and a touch on Next from a device
 * with a screen (so the APL documents are read and a screen is rendered). Session attributes are carried from
 * each answer to the next request, as Alexa does.
 */
final class PrimingConversation {

    /** A user id no Alexa account has: its progress lives only in the priming skill's own memory. */
    static final String PRIMING_USER_ID = "amzn1.ask.account.snapstart-priming";
    private static final String TOPIC_ID = "active-listening";
    private static final String OWN_WORDS = "keep texting him and i don't know if i should stop";

    private final LocalRequests requests;

    PrimingConversation(String skillId) {
        this.requests = new LocalRequests(PRIMING_USER_ID, skillId);
    }

    /** Plays the conversation; returns how many of its requests were answered with a response. */
    int playThrough(CustomSkill skill) {
        String sessionId = LocalRequests.newSessionId();
        int answered = 0;
        ResponseEnvelope launch = skill.invoke(requests.launch(sessionId));
        answered += answeredCount(launch);
        ResponseEnvelope topic = skill.invoke(requests.intent(sessionId, false, attributesOf(launch), topicIntent()));
        answered += answeredCount(topic);
        ResponseEnvelope next = skill.invoke(requests.intent(sessionId, false, attributesOf(topic),
                Intent.builder().withName("AMAZON.NextIntent").withConfirmationStatus(IntentConfirmationStatus.NONE)
                        .build()));
        answered += answeredCount(next);
        ResponseEnvelope ownWords = skill.invoke(requests.intent(sessionId, false, attributesOf(next), freeTextIntent()));
        answered += answeredCount(ownWords);
        ResponseEnvelope touch = skill.invoke(requests.touch(sessionId, attributesOf(ownWords), List.of("next")));
        answered += answeredCount(touch);
        return answered;
    }

    private static int answeredCount(ResponseEnvelope envelope) {
        return envelope != null && envelope.getResponse() != null ? 1 : 0;
    }

    private static Map<String, Object> attributesOf(ResponseEnvelope envelope) {
        return envelope == null || envelope.getSessionAttributes() == null ? Map.of() : envelope.getSessionAttributes();
    }

    private static Intent freeTextIntent() {
        Slot text = Slot.builder().withName("Text").withValue(OWN_WORDS)
                .withConfirmationStatus(SlotConfirmationStatus.NONE).build();
        return Intent.builder()
                .withName("FreeTextIntent")
                .withConfirmationStatus(IntentConfirmationStatus.NONE)
                .withSlots(Map.of("Text", text))
                .build();
    }

    private static Intent topicIntent() {
        Resolution match = Resolution.builder()
                .withAuthority("amzn1.er-authority.echo-sdk.snapstart-priming.GUIDE_TOPIC")
                .withStatus(Status.builder().withCode(StatusCode.ER_SUCCESS_MATCH).build())
                .addValuesItem(ValueWrapper.builder()
                        .withValue(Value.builder().withId(TOPIC_ID).withName("active listening").build()).build())
                .build();
        Slot topic = Slot.builder()
                .withName("Topic")
                .withValue("active listening")
                .withConfirmationStatus(SlotConfirmationStatus.NONE)
                .withResolutions(Resolutions.builder().addResolutionsPerAuthorityItem(match).build())
                .build();
        return Intent.builder()
                .withName("TopicIntent")
                .withConfirmationStatus(IntentConfirmationStatus.NONE)
                .withSlots(Map.of("Topic", topic))
                .build();
    }
}
