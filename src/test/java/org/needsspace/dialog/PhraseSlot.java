package org.needsspace.dialog;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Slot;
import java.util.Optional;
import org.needsspace.console.UtteranceMapper;

/** What the interaction model's catch-all hands the skill of a sentence: its phrase slot's words, without the carrier. */
public final class PhraseSlot {

    static final String CATCH_ALL = "FreeTextIntent";

    private PhraseSlot() {
    }

    /** The words of the phrase slot ("" if it is empty), or none if the sentence goes to another intent. */
    public static Optional<String> heard(UtteranceMapper mapper, String words) {
        Intent intent = mapper.map(words);
        if (!CATCH_ALL.equals(intent.getName())) {
            return Optional.empty();
        }
        Slot text = intent.getSlots() == null ? null : intent.getSlots().get("Text");
        return Optional.of(text == null || text.getValue() == null ? "" : text.getValue());
    }
}
