package org.needsspace.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A locale's content written as what differs from a base locale ({@code "base": "en-US"}): objects merge key by
 * key (a phrase, a feeling, a summary replaced one at a time), anything else replaces the base's value, so what is
 * added to the base reaches every locale built on it. The safety guidance never comes from the base: an overlay
 * states its own {@code safety} block whole and every phrase of the base whose key starts with {@code safety.}, and
 * is refused otherwise. An overlay understands with its base's data (the same language) unless it names other
 * data ({@code "understanding": "en-GB"} for {@code understanding/en-GB.json}).
 */
final class ContentOverlay {

    static final String BASE = "base";
    static final String UNDERSTANDING = "understanding";
    private static final String SAFETY = "safety";
    private static final String PHRASES = "phrases";
    private static final String SAFETY_PHRASE_PREFIX = "safety.";

    private ContentOverlay() {
    }

    /** Whose understanding data the locale of this content file reads. */
    static String understandingLocale(ObjectNode file, String locale) {
        return file.path(UNDERSTANDING).asText(file.path(BASE).asText(locale));
    }

    /** The locale's whole content: the file itself, or the file laid over its base. */
    static ObjectNode resolve(ObjectNode file, Function<String, ObjectNode> readLocale) {
        if (!file.hasNonNull(BASE)) {
            return file;
        }
        String baseLocale = file.get(BASE).asText();
        ObjectNode base = readLocale.apply(baseLocale);
        if (base.hasNonNull(BASE)) {
            throw new IllegalStateException("Content base " + baseLocale + " is itself an overlay");
        }
        List<String> missing = safetyTheOverlayMustState(file, base);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Content " + file.path("locale").asText() + " would take safety guidance from "
                    + baseLocale + ": it must state " + String.join(", ", missing) + " itself");
        }
        ObjectNode merged = base.deepCopy();
        file.fields().forEachRemaining(field -> {
            if (!field.getKey().equals(BASE) && !field.getKey().equals(UNDERSTANDING)) {
                merge(merged, field.getKey(), field.getValue(), field.getKey().equals(SAFETY));
            }
        });
        return merged;
    }

    private static List<String> safetyTheOverlayMustState(ObjectNode overlay, ObjectNode base) {
        List<String> missing = new ArrayList<>();
        if (!overlay.path(SAFETY).isObject()) {
            missing.add(SAFETY);
        }
        base.path(PHRASES).fieldNames().forEachRemaining(key -> {
            if (key.startsWith(SAFETY_PHRASE_PREFIX) && !overlay.path(PHRASES).has(key)) {
                missing.add("phrase " + key);
            }
        });
        return missing;
    }

    private static void merge(ObjectNode target, String key, JsonNode value, boolean whole) {
        JsonNode existing = target.get(key);
        if (!whole && existing instanceof ObjectNode existingObject && value.isObject()) {
            value.fields().forEachRemaining(field -> merge(existingObject, field.getKey(), field.getValue(), false));
        } else {
            target.set(key, value.deepCopy());
        }
    }
}
