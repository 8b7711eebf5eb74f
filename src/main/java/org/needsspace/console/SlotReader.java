package org.needsspace.console;

import java.util.List;
import java.util.Optional;

/** Decides whether some typed words can fill a slot of a given type, and with what. */
final class SlotReader {

    /** How strictly custom slot words are judged. */
    enum Strictness {
        /** The words must be a value or synonym of the custom type. */
        KNOWN_VALUES_ONLY,
        /** Any words fill a custom slot; unknown ones resolve to ER_SUCCESS_NO_MATCH. */
        ANY_WORDS
    }

    static final String NUMBER = "AMAZON.NUMBER";
    static final String ORDINAL = "AMAZON.ORDINAL";
    static final String TIME = "AMAZON.TIME";
    /** Alexa's phrase slot: any words, as heard. */
    static final String PHRASE = "AMAZON.SearchQuery";

    private final LanguageModel model;

    SlotReader(LanguageModel model) {
        this.model = model;
    }

    Optional<FilledSlot> read(String slotName, String slotType, List<String> words, Strictness strictness) {
        if (NUMBER.equals(slotType)) {
            return NumberSlotReader.cardinal(words).map(value -> FilledSlot.builtIn(slotName, slotType, value));
        }
        if (ORDINAL.equals(slotType)) {
            return NumberSlotReader.ordinal(words).map(value -> FilledSlot.builtIn(slotName, slotType, value));
        }
        if (TIME.equals(slotType)) {
            return TimeSlotReader.read(words).map(value -> FilledSlot.builtIn(slotName, slotType, value));
        }
        String heard = String.join(" ", words);
        Optional<CustomSlotType> custom = model.customType(slotType);
        if (custom.isEmpty()) {
            // Another AMAZON.* type: take the words as they are, like a search query.
            return Optional.of(FilledSlot.builtIn(slotName, slotType, heard));
        }
        Optional<SlotValueMatch> match = custom.get().resolve(heard);
        if (match.isEmpty() && strictness == Strictness.KNOWN_VALUES_ONLY) {
            return Optional.empty();
        }
        return Optional.of(FilledSlot.custom(slotName, slotType, heard, match));
    }
}
