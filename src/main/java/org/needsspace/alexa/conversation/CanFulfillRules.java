package org.needsspace.alexa.conversation;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.canfulfill.CanFulfillIntent;
import com.amazon.ask.model.canfulfill.CanFulfillIntentValues;
import com.amazon.ask.model.canfulfill.CanFulfillSlot;
import com.amazon.ask.model.canfulfill.CanFulfillSlotValues;
import com.amazon.ask.model.canfulfill.CanUnderstandSlotValues;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.needsspace.alexa.requests.Slots;
import org.needsspace.alexa.requests.StepChoice;
import org.needsspace.content.Content;

/**
 * Whether the skill can answer an intent Alexa is considering sending it (CanFulfillIntentRequest):
 * YES for the guide's questions, a topic the guide has, a step that exists, self-care, where am I and the list of
 * steps; NO for anything else. A request for crisis help is always NO, whether it is the safety intent or danger said
 * in any slot: when someone speaks to Alexa without naming this skill, Alexa's own crisis response must answer, not a
 * third-party skill. Each slot that came with a value gets its own answer.
 */
public final class CanFulfillRules {

    private static final Set<String> ALWAYS = Set.of("NeedsSpaceIntent", "SelfCareIntent", "WhereAmIIntent",
            "ListStepsIntent");
    private static final String SAFETY = "SafetyIntent";
    private static final String PARTNER = "Partner";
    private static final String TOPIC = "Topic";
    private static final String STEP_NUMBER = "StepNumber";
    private static final String STEP_ORDINAL = "StepOrdinal";

    private CanFulfillRules() {
    }

    public static CanFulfillIntent answer(Intent intent, Content content) {
        String name = intent == null ? null : intent.getName();
        Optional<Intent> asked = Optional.ofNullable(intent);
        if (name == null || isCrisis(intent, content)) {
            return CanFulfillIntent.builder().withCanFulfill(CanFulfillIntentValues.NO).build();
        }
        Map<String, CanFulfillSlot> slots = new LinkedHashMap<>();
        boolean yes;
        if (ALWAYS.contains(name)) {
            yes = true;
            Slots.value(asked, PARTNER).ifPresent(value -> slots.put(PARTNER,
                    slot(Slots.resolvedId(asked, PARTNER).isPresent() ? CanUnderstandSlotValues.YES
                            : CanUnderstandSlotValues.MAYBE, true)));
        } else if (name.equals("TopicIntent")) {
            yes = Slots.resolvedId(asked, TOPIC).flatMap(content.guide()::topic).isPresent();
            Slots.value(asked, TOPIC).ifPresent(value -> slots.put(TOPIC,
                    slot(yes ? CanUnderstandSlotValues.YES : CanUnderstandSlotValues.NO, yes)));
        } else if (name.equals("GoToStepIntent")) {
            yes = stepSlot(asked, STEP_NUMBER, content, slots) | stepSlot(asked, STEP_ORDINAL, content, slots);
        } else {
            yes = false;
        }
        return CanFulfillIntent.builder()
                .withCanFulfill(yes ? CanFulfillIntentValues.YES : CanFulfillIntentValues.NO)
                .withSlots(slots.isEmpty() ? null : slots)
                .build();
    }

    private static boolean isCrisis(Intent intent, Content content) {
        return intent.getName().equals(SAFETY) || DangerInWords.inSlots(intent, content.understanding());
    }

    /** Adds the slot's answer if it has a value; true when it names a step the guide has. */
    private static boolean stepSlot(Optional<Intent> intent, String slotName, Content content,
                                    Map<String, CanFulfillSlot> slots) {
        Optional<String> value = Slots.value(intent, slotName);
        if (value.isEmpty()) {
            return false;
        }
        StepChoice choice = StepChoice.from(Arrays.asList(value.get()), content.numberWords());
        boolean exists = choice.number().flatMap(content.guide()::step).isPresent();
        slots.put(slotName, slot(choice.number().isPresent() ? CanUnderstandSlotValues.YES : CanUnderstandSlotValues.NO,
                exists));
        return exists;
    }

    private static CanFulfillSlot slot(CanUnderstandSlotValues understand, boolean fulfill) {
        return CanFulfillSlot.builder()
                .withCanUnderstand(understand)
                .withCanFulfill(fulfill ? CanFulfillSlotValues.YES : CanFulfillSlotValues.NO)
                .build();
    }
}
