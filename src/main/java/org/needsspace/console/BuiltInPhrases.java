package org.needsspace.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases Alexa understands for built-in intents without any sample in the model ("yes", "go back"),
 * read from a JSON object of intent name to phrase list.
 */
final class BuiltInPhrases {

    private final Map<String, String> intentByPhrase;

    private BuiltInPhrases(Map<String, String> intentByPhrase) {
        this.intentByPhrase = Map.copyOf(intentByPhrase);
    }

    static BuiltInPhrases read(InputStream json, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in phrases", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Built-in phrases must be a JSON object of intent name to phrases");
        }
        Map<String, String> byPhrase = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> intents = root.fields();
        while (intents.hasNext()) {
            Map.Entry<String, JsonNode> intent = intents.next();
            for (JsonNode phrase : intent.getValue()) {
                String normalized = TextNormalizer.normalize(phrase.asText());
                String earlier = byPhrase.putIfAbsent(normalized, intent.getKey());
                if (earlier != null && !earlier.equals(intent.getKey())) {
                    throw new IllegalArgumentException("Built-in phrase '" + normalized + "' is listed for both "
                            + earlier + " and " + intent.getKey());
                }
            }
        }
        return new BuiltInPhrases(byPhrase);
    }

    Optional<String> intentFor(String normalizedText) {
        return Optional.ofNullable(intentByPhrase.get(normalizedText));
    }

    Map<String, String> intentsByPhrase() {
        return intentByPhrase;
    }
}
