package org.needsspace.alexa.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.amazon.ask.model.canfulfill.CanFulfillIntent;
import com.amazon.ask.model.canfulfill.CanFulfillIntentValues;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.needsspace.TestContent;
import org.needsspace.content.Content;

class CanFulfillRulesTest {

    private static final Content CONTENT = TestContent.english();

    @Test
    void aRequestForCrisisHelpIsLeftToAlexasOwnCrisisResponse() {
        CanFulfillIntent answer = CanFulfillRules.answer(intent("SafetyIntent", Map.of()), CONTENT);

        assertEquals(CanFulfillIntentValues.NO, answer.getCanFulfill());
        assertTrue(answer.getSlots() == null || answer.getSlots().isEmpty());
    }

    @Test
    void dangerSaidInAnySlotIsLeftToAlexasOwnCrisisResponse() {
        assertEquals(CanFulfillIntentValues.NO,
                CanFulfillRules.answer(intent("TopicIntent", Map.of("Topic", "how to end my life")), CONTENT).getCanFulfill());
        assertEquals(CanFulfillIntentValues.NO,
                CanFulfillRules.answer(intent("NeedsSpaceIntent", Map.of("Partner", "he hits me")), CONTENT).getCanFulfill());
    }

    @Test
    void theGuidesOwnQuestionsAreStillOffered() {
        assertEquals(CanFulfillIntentValues.YES,
                CanFulfillRules.answer(intent("SelfCareIntent", Map.of()), CONTENT).getCanFulfill());
        assertEquals(CanFulfillIntentValues.YES,
                CanFulfillRules.answer(intent("NeedsSpaceIntent", Map.of("Partner", "my boyfriend")), CONTENT).getCanFulfill());
    }

    private static Intent intent(String name, Map<String, String> values) {
        Intent.Builder intent = Intent.builder().withName(name).withConfirmationStatus(IntentConfirmationStatus.NONE);
        values.forEach((slot, value) -> intent.putSlotsItem(slot, Slot.builder().withName(slot).withValue(value)
                .withConfirmationStatus(SlotConfirmationStatus.NONE).build()));
        return intent.build();
    }
}
