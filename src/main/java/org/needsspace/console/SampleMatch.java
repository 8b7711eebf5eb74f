package org.needsspace.console;

import java.util.Map;

/**
 * One way typed words fit one sample utterance. Fewer slot characters means more of the text matched
 * literally, which makes the match more specific; {@code rank} (model order) breaks ties.
 */
record SampleMatch(String intentName, Map<String, FilledSlot> slots, int slotCharacters, int rank) {

    boolean isBetterThan(SampleMatch other) {
        if (slotCharacters != other.slotCharacters) {
            return slotCharacters < other.slotCharacters;
        }
        return rank < other.rank;
    }
}
