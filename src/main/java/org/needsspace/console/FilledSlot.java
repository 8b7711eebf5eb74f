package org.needsspace.console;

import java.util.Optional;

/**
 * A slot filled from typed words. {@code value} is what Alexa puts in {@code slot.value}: the words as
 * heard for a custom type, the resolved number for AMAZON.NUMBER and AMAZON.ORDINAL.
 * A custom slot has a resolution result: a matched value, or none (ER_SUCCESS_NO_MATCH).
 */
record FilledSlot(String slotName, String slotType, String value, boolean custom, Optional<SlotValueMatch> match) {

    static FilledSlot builtIn(String slotName, String slotType, String value) {
        return new FilledSlot(slotName, slotType, value, false, Optional.empty());
    }

    static FilledSlot custom(String slotName, String slotType, String heard, Optional<SlotValueMatch> match) {
        return new FilledSlot(slotName, slotType, heard, true, match);
    }
}
