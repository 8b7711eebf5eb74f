package org.needsspace.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A custom slot type of the model: every value and synonym, normalised, pointing at its value. */
final class CustomSlotType {

    private final String name;
    private final Map<String, SlotValueMatch> valuesByPhrase;

    private CustomSlotType(String name, Map<String, SlotValueMatch> valuesByPhrase) {
        this.name = name;
        this.valuesByPhrase = Map.copyOf(valuesByPhrase);
    }

    /** One entry per value: its canonical name, id and synonyms. */
    record Value(String id, String canonicalName, List<String> synonyms) {
    }

    static CustomSlotType of(String name, List<Value> values) {
        Map<String, SlotValueMatch> byPhrase = new HashMap<>();
        for (Value value : values) {
            SlotValueMatch match = new SlotValueMatch(value.canonicalName(), value.id());
            byPhrase.putIfAbsent(TextNormalizer.normalize(value.canonicalName()), match);
            for (String synonym : value.synonyms()) {
                byPhrase.putIfAbsent(TextNormalizer.normalize(synonym), match);
            }
        }
        return new CustomSlotType(name, byPhrase);
    }

    String name() {
        return name;
    }

    Optional<SlotValueMatch> resolve(String normalizedPhrase) {
        return Optional.ofNullable(valuesByPhrase.get(normalizedPhrase));
    }
}
