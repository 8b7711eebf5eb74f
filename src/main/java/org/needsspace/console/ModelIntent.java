package org.needsspace.console;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An intent of the model: its slots (name to type, in declared order) and its sample utterances. */
record ModelIntent(String name, Map<String, String> slotTypesByName, List<String> samples) {

    /** The catch-all intent's one slot: a phrase slot that takes whatever was said. */
    record PhraseSlot(String intentName, String slotName) {
    }

    ModelIntent {
        slotTypesByName = Collections.unmodifiableMap(new LinkedHashMap<>(slotTypesByName));
        samples = List.copyOf(samples);
    }

    /** Present when this intent's only slot is a phrase slot (AMAZON.SearchQuery). */
    Optional<PhraseSlot> phraseSlot() {
        if (slotTypesByName.size() != 1 || !slotTypesByName.containsValue(SlotReader.PHRASE)) {
            return Optional.empty();
        }
        return Optional.of(new PhraseSlot(name, slotTypesByName.keySet().iterator().next()));
    }
}
