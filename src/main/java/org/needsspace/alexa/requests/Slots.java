package org.needsspace.alexa.requests;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads slots of the current intent request, treating missing, empty and unresolved values alike. */
public final class Slots {

    private Slots() {
    }

    public static Optional<String> value(HandlerInput input, String slotName) {
        return value(intent(input), slotName);
    }

    public static Optional<String> value(Optional<Intent> intent, String slotName) {
        return slot(intent, slotName).map(Slot::getValue).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** The id entity resolution matched, if it matched one (custom slot types only). */
    public static Optional<String> resolvedId(HandlerInput input, String slotName) {
        return resolvedId(intent(input), slotName);
    }

    /** The id entity resolution matched, if it matched one (custom slot types only). */
    public static Optional<String> resolvedId(Optional<Intent> intent, String slotName) {
        return slot(intent, slotName)
                .map(Slot::getResolutions)
                .map(resolutions -> resolutions.getResolutionsPerAuthority())
                .flatMap(Slots::firstMatch);
    }

    private static Optional<String> firstMatch(List<Resolution> perAuthority) {
        for (Resolution resolution : perAuthority) {
            if (resolution == null || resolution.getStatus() == null
                    || resolution.getStatus().getCode() != StatusCode.ER_SUCCESS_MATCH
                    || resolution.getValues() == null) {
                continue;
            }
            Optional<String> id = resolution.getValues().stream()
                    .filter(Objects::nonNull)
                    .map(ValueWrapper::getValue)
                    .filter(value -> value != null && value.getId() != null)
                    .map(value -> value.getId())
                    .findFirst();
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    private static Optional<Intent> intent(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof IntentRequest request
                ? Optional.ofNullable(request.getIntent()) : Optional.empty();
    }

    private static Optional<Slot> slot(Optional<Intent> intent, String slotName) {
        return intent.map(Intent::getSlots).map(slots -> slots.get(slotName));
    }
}
