package org.needsspace.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An intent of the model: its slots (name to type, in declared order) and its sample utterances. */
record ModelIntent(String name, Map<String, String> slotTypesByName, List<String> samples) {

    ModelIntent {
        slotTypesByName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(slotTypesByName));
        samples = List.copyOf(samples);
    }
}
