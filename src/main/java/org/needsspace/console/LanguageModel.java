package org.needsspace.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parts of an Alexa interaction model ({@code interactionModel.languageModel}) the console needs. */
final class LanguageModel {

    private final String invocationName;
    private final List<ModelIntent> intents;
    private final Map<String, CustomSlotType> customTypes;

    private LanguageModel(String invocationName, List<ModelIntent> intents, Map<String, CustomSlotType> customTypes) {
        this.invocationName = invocationName;
        this.intents = List.copyOf(intents);
        this.customTypes = Map.copyOf(customTypes);
    }

    static LanguageModel read(InputStream json, ObjectMapper mapper) {
        JsonNode languageModel;
        try {
            languageModel = mapper.readTree(json).path("interactionModel").path("languageModel");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the interaction model", e);
        }
        if (languageModel.isMissingNode()) {
            throw new IllegalArgumentException("No interactionModel.languageModel in the interaction model JSON");
        }
        List<ModelIntent> intents = new ArrayList<>();
        for (JsonNode intent : languageModel.path("intents")) {
            Map<String, String> slots = new LinkedHashMap<>();
            for (JsonNode slot : intent.path("slots")) {
                slots.put(slot.path("name").asText(), slot.path("type").asText());
            }
            intents.add(new ModelIntent(intent.path("name").asText(), slots, texts(intent.path("samples"))));
        }
        Map<String, CustomSlotType> types = new LinkedHashMap<>();
        for (JsonNode type : languageModel.path("types")) {
            List<CustomSlotType.Value> values = new ArrayList<>();
            for (JsonNode value : type.path("values")) {
                JsonNode name = value.path("name");
                values.add(new CustomSlotType.Value(
                        value.path("id").asText(name.path("value").asText()),
                        name.path("value").asText(),
                        texts(name.path("synonyms"))));
            }
            String typeName = type.path("name").asText();
            types.put(typeName, CustomSlotType.of(typeName, values));
        }
        return new LanguageModel(languageModel.path("invocationName").asText(), intents, types);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    String invocationName() {
        return invocationName;
    }

    List<ModelIntent> intents() {
        return intents;
    }

    Optional<ModelIntent> intent(String name) {
        return intents.stream().filter(intent -> intent.name().equals(name)).findFirst();
    }

    Optional<CustomSlotType> customType(String name) {
        return Optional.ofNullable(customTypes.get(name));
    }
}
