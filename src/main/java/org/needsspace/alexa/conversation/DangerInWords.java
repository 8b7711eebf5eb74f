package org.needsspace.alexa.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import org.needsspace.content.ContentCatalog;
import org.needsspace.understanding.Understanding;

/**
 * Whether any slot value of an intent request speaks of danger, whatever the intent: safety is checked first. The
 * catch-all's words are left to its own answer, which checks them for danger before anything else.
 */
public final class DangerInWords {

    private static final String CATCH_ALL = "FreeTextIntent";

    private DangerInWords() {
    }

    public static boolean in(HandlerInput input, ContentCatalog catalog) {
        if (!(input.getRequestEnvelope().getRequest() instanceof IntentRequest request)
                || request.getIntent() == null || request.getIntent().getSlots() == null
                || CATCH_ALL.equals(request.getIntent().getName())) {
            return false;
        }
        return inSlots(request.getIntent(), catalog.forLocale(request.getLocale()).understanding());
    }

    /** Whether any slot value of the intent, whichever intent it is, speaks of danger (by the rules). */
    public static boolean inSlots(Intent intent, Understanding understanding) {
        return intent.getSlots() != null && intent.getSlots().values().stream()
                .anyMatch(slot -> slot != null && slot.getValue() != null
                        && understanding.danger(slot.getValue()).isPresent());
    }
}
