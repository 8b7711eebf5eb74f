package org.needsspace.console;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.Status;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.needsspace.alexa.requests.LocalRequests;

/**
 * Builds intents shaped like the ones in Alexa's IntentRequest: every declared slot present (unfilled ones
 * carry only a name), filled custom slots with an entity resolution, built-in types without one.
 */
final class AlexaIntentFactory {

    /** Stands in for a real skill id in entity resolution authorities; no request from Alexa carries it. */
    private static final String AUTHORITY_PREFIX = "amzn1.er-authority.echo-sdk." + LocalRequests.LOCAL_SKILL_ID + ".";

    private final LanguageModel model;

    AlexaIntentFactory(LanguageModel model) {
        this.model = model;
    }

    Intent intent(String intentName, Map<String, FilledSlot> filled) {
        Map<String, Slot> slots = new LinkedHashMap<>();
        model.intent(intentName).ifPresent(declared -> declared.slotTypesByName().keySet()
                .forEach(slotName -> slots.put(slotName, slot(slotName, filled.get(slotName)))));
        return Intent.builder()
                .withName(intentName)
                .withConfirmationStatus(IntentConfirmationStatus.NONE)
                .withSlots(slots)
                .build();
    }

    private static Slot slot(String slotName, FilledSlot filled) {
        Slot.Builder slot = Slot.builder()
                .withName(slotName)
                .withConfirmationStatus(SlotConfirmationStatus.NONE);
        if (filled == null) {
            return slot.build();
        }
        slot.withValue(filled.value());
        if (filled.custom()) {
            slot.withResolutions(Resolutions.builder().addResolutionsPerAuthorityItem(resolution(filled)).build());
        }
        return slot.build();
    }

    private static Resolution resolution(FilledSlot filled) {
        Resolution.Builder resolution = Resolution.builder()
                .withAuthority(AUTHORITY_PREFIX + filled.slotType());
        if (filled.match().isPresent()) {
            SlotValueMatch match = filled.match().get();
            return resolution
                    .withStatus(Status.builder().withCode(StatusCode.ER_SUCCESS_MATCH).build())
                    .addValuesItem(ValueWrapper.builder()
                            .withValue(Value.builder().withName(match.canonicalName()).withId(match.id()).build())
                            .build())
                    .build();
        }
        return resolution.withStatus(Status.builder().withCode(StatusCode.ER_SUCCESS_NO_MATCH).build()).build();
    }
}
