package org.needsspace.model;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the interaction model of each English locale from the en-US model and the locale's overrides file
 * ({@code interaction-model-overrides/<locale>.json}): word substitutions ("counseling" to "counselling") applied
 * to every sample, slot value and synonym, then extra samples per intent and extra synonyms per slot value.
 * Everything else (intents, slots, invocation name) is en-US's, so an intent added to en-US reaches every locale.
 * Run it ({@link #COMMAND}, from the project's root) after changing the en-US model or an overrides file;
 * {@code LocaleModelsTest} fails while a committed model is out of date.
 */
public final class LocaleModels {

    /** How to run the generator. */
    static final String COMMAND = "src/tools/generate-locale-models.sh";
    static final String BASE_LOCALE = "en-US";
    static final List<String> LOCALES = List.of("en-GB", "en-CA", "en-AU", "en-IN");
    static final Path MODELS = Path.of("interaction-model/interactionModels/custom");
    static final Path OVERRIDES = Path.of("interaction-model-overrides");

    private static final ObjectMapper JSON = new ObjectMapper();

    private LocaleModels() {
    }

    public static void main(String[] args) {
        for (String locale : LOCALES) {
            write(locale);
            System.out.println("wrote " + modelFile(locale));
        }
    }

    static Path modelFile(String locale) {
        return MODELS.resolve(locale + ".json");
    }

    static Path overridesFile(String locale) {
        return OVERRIDES.resolve(locale + ".json");
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + file, e);
        }
    }

    static JsonNode generate(String locale) {
        return generate(read(modelFile(BASE_LOCALE)), read(overridesFile(locale)));
    }

    static void write(String locale) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            String text = JSON.writer(printer).writeValueAsString(generate(locale)) + "\n";
            Files.writeString(modelFile(locale), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + modelFile(locale), e);
        }
    }

    /** The locale's model: the base model with the overrides applied. Refuses overrides that name nothing there. */
    static JsonNode generate(JsonNode baseModel, JsonNode overrides) {
        ObjectNode model = baseModel.deepCopy();
        ObjectNode languageModel = (ObjectNode) model.path("interactionModel").path("languageModel");
        Map<String, String> substitutions = new TreeMap<>();
        overrides.path("substitutions").fields().forEachRemaining(entry -> substitutions.put(
                entry.getKey().toLowerCase(Locale.ROOT), entry.getValue().asText()));
        for (JsonNode intent : languageModel.path("intents")) {
            if (intent.has("samples")) {
                ((ObjectNode) intent).set("samples", distinct(substituted(texts(intent.path("samples")), substitutions)));
            }
        }
        for (JsonNode type : languageModel.path("types")) {
            for (JsonNode value : type.path("values")) {
                ObjectNode name = (ObjectNode) value.path("name");
                String original = name.path("value").asText();
                name.put("value", substitute(original, substitutions));
                if (name.has("synonyms")) {
                    List<String> synonyms = substituted(texts(name.path("synonyms")), substitutions);
                    String localValue = name.path("value").asText();
                    synonyms.removeIf(synonym -> synonym.equalsIgnoreCase(localValue));
                    name.set("synonyms", distinct(synonyms));
                }
            }
        }
        overrides.path("extraSamples").fields().forEachRemaining(entry -> {
            ObjectNode intent = find(languageModel.path("intents"), "name", entry.getKey(), "intent");
            List<String> samples = texts(intent.path("samples"));
            samples.addAll(texts(entry.getValue()));
            intent.set("samples", distinct(samples));
        });
        overrides.path("extraSynonyms").fields().forEachRemaining(typeEntry -> {
            ObjectNode type = find(languageModel.path("types"), "name", typeEntry.getKey(), "slot type");
            typeEntry.getValue().fields().forEachRemaining(valueEntry -> {
                ObjectNode name = (ObjectNode) find(type.path("values"), "id", valueEntry.getKey(),
                        "value of " + typeEntry.getKey()).path("name");
                List<String> synonyms = texts(name.path("synonyms"));
                synonyms.addAll(texts(valueEntry.getValue()));
                name.set("synonyms", distinct(synonyms));
            });
        });
        return model;
    }

    private static ObjectNode find(JsonNode array, String field, String wanted, String what) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(wanted)) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalArgumentException("The overrides name " + what + " '" + wanted + "', which the model does not have");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> substituted(List<String> texts, Map<String, String> substitutions) {
        List<String> result = new ArrayList<>();
        texts.forEach(text -> result.add(substitute(text, substitutions)));
        return result;
    }

    private static String substitute(String text, Map<String, String> substitutions) {
        if (substitutions.isEmpty()) {
            return text;
        }
        Pattern words = Pattern.compile("(?i)\\b(" + String.join("|", substitutions.keySet().stream()
                .map(Pattern::quote).toList()) + ")\\b");
        Matcher matcher = words.matcher(text);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(
                substitutions.get(match.group(1).toLowerCase(Locale.ROOT))));
    }

    private static ArrayNode distinct(List<String> texts) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayNode array = JSON.createArrayNode();
        for (String text : texts) {
            if (seen.add(text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))) {
                array.add(text);
            }
        }
        return array;
    }
}
