package org.needsspace.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each locale's committed model is what {@link LocaleModels} builds from en-US and the locale's overrides. */
class LocaleModelsTest {

    static java.util.List<String> locales() {
        return LocaleModels.LOCALES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void theCommittedModelIsWhatTheGeneratorBuilds(String locale) {
        assertTrue(Files.isRegularFile(LocaleModels.modelFile(locale)), "no model for " + locale);
        assertEquals(LocaleModels.generate(locale), LocaleModels.read(LocaleModels.modelFile(locale)),
                LocaleModels.modelFile(locale) + " is out of date with en-US or its overrides: regenerate it with "
                        + LocaleModels.COMMAND);
    }

    @Test
    void theGeneratorIsAToolTheDocsName() throws Exception {
        Path tool = Path.of(LocaleModels.COMMAND);
        assertTrue(Files.isExecutable(tool), tool + " is executable");
        assertTrue(Files.readString(tool).contains("-Dexec.mainClass=" + LocaleModels.class.getName()));
        assertTrue(Files.readString(Path.of("docs/locales.md")).contains(LocaleModels.COMMAND));
    }

    @Test
    void substitutionsReplaceWholeWordsInSamplesValuesAndSynonyms() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode base = json.readTree("""
                {"interactionModel": {"languageModel": {"invocationName": "partner space coach",
                  "intents": [{"name": "TopicIntent", "samples": ["should I see a counselor", "tell me about {Topic}"]}],
                  "types": [{"name": "GUIDE_TOPIC", "values": [{"id": "professional-guidance",
                    "name": {"value": "counseling", "synonyms": ["counseling", "counselling", "my mom", "momentum"]}}]}]}}}
                """);
        JsonNode overrides = json.readTree("""
                {"substitutions": {"counseling": "counselling", "counselor": "counsellor", "mom": "mum"},
                 "extraSamples": {"TopicIntent": ["should I see a counsellor", "is a counsellor a good idea"]},
                 "extraSynonyms": {"GUIDE_TOPIC": {"professional-guidance": ["a relationship counsellor"]}}}
                """);
        JsonNode model = LocaleModels.generate(base, overrides).path("interactionModel").path("languageModel");
        assertEquals("[\"should I see a counsellor\",\"tell me about {Topic}\",\"is a counsellor a good idea\"]",
                model.path("intents").get(0).path("samples").toString());
        JsonNode name = model.path("types").get(0).path("values").get(0).path("name");
        assertEquals("counselling", name.path("value").asText());
        assertEquals("[\"my mum\",\"momentum\",\"a relationship counsellor\"]", name.path("synonyms").toString());
    }

    @Test
    void overridesThatNameSomethingTheModelLacksAreRefused() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode base = LocaleModels.read(LocaleModels.modelFile(LocaleModels.BASE_LOCALE));
        assertThrows(IllegalArgumentException.class, () -> LocaleModels.generate(base,
                json.readTree("{\"extraSamples\": {\"NoSuchIntent\": [\"hello there\"]}}")));
        assertThrows(IllegalArgumentException.class, () -> LocaleModels.generate(base,
                json.readTree("{\"extraSynonyms\": {\"GUIDE_TOPIC\": {\"no-such-id\": [\"x\"]}}}")));
    }

    @Test
    void britishAndAustralianModelsHearLocalWords() {
        for (String locale : java.util.List.of("en-GB", "en-AU")) {
            String model = LocaleModels.read(LocaleModels.modelFile(locale)).toString();
            assertTrue(model.contains("\"see a counsellor\"") && model.contains("\"my mum\""), locale);
            assertFalse(model.contains("counselor") || model.contains("counseling"), locale + " keeps US spellings");
        }
    }
}
