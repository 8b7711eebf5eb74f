package org.needsspace.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.needsspace.console.UtteranceMapper;

/** Checks the interaction model of every locale against the rules Alexa applies when it builds a model. */
@ParameterizedClass(name = "{0}")
@MethodSource("org.needsspace.content.ContentCatalog#supportedLocales")
class InteractionModelTest {

    @Parameter
    String modelLocale;

    private static String locale;
    private static Path MODEL;
    private static final Path MANIFEST = Path.of("interaction-model/skill.json");
    private static final Path ASK_RESOURCES = Path.of("ask-resources.json");

    private static final Set<String> LAUNCH_WORDS = Set.of(
            "run", "start", "play", "resume", "use", "launch", "ask", "open", "tell", "load", "begin", "enable");
    private static final Set<String> CONNECTING_WORDS = Set.of(
            "to", "from", "in", "using", "with", "about", "for", "that", "by", "if", "and", "whether");
    private static final Set<String> FORBIDDEN_INVOCATION_WORDS = Set.of("alexa", "amazon", "echo", "skill", "app");
    private static final List<String> REQUIRED_BUILT_INS = List.of(
            "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent", "AMAZON.NextIntent", "AMAZON.PreviousIntent", "AMAZON.RepeatIntent",
            "AMAZON.StartOverIntent", "AMAZON.ResumeIntent", "AMAZON.YesIntent", "AMAZON.NoIntent");
    private static final List<String> CUSTOM_INTENTS = List.of(
            "NeedsSpaceIntent", "TopicIntent", "GoToStepIntent", "SelfCareIntent", "SafetyIntent",
            "WhereAmIIntent", "ListStepsIntent", "ForgetMeIntent", "FreeTextIntent");
    private static final String PHRASE_SLOT = "AMAZON.SearchQuery";
    private static final Pattern SLOT_ONLY = Pattern.compile("\\{[^}]*}");
    /** How people here start what they say: the catch-all must catch sentences that begin so. */
    private static final List<String> SENTENCE_STARTS = List.of("i", "i'm", "i feel", "my", "he", "she", "they", "we",
            "how", "what", "why", "when", "should", "can", "is it", "do", "will", "it's", "honestly", "so", "um");
    static final List<String> STEP_IDS = List.of(
            "communicate", "respect-boundaries", "focus-on-yourself", "reassurance",
            "evaluate-the-relationship", "seek-support");
    static final List<String> SECTION_IDS = List.of(
            "initiating-the-conversation", "active-listening",
            "giving-space-without-disconnecting", "maintaining-independence",
            "self-care-practices", "pursuing-interests",
            "expressing-support", "avoiding-pressure",
            "reflecting-on-needs", "future-discussions",
            "friends-and-family", "professional-guidance");

    private static final Pattern NAME = Pattern.compile("[A-Za-z_]+");
    private static final Pattern SLOT_REFERENCE = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern UTTERANCE_TEXT = Pattern.compile("[A-Za-z' .]*");
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)^([a-z]\\.)+$");
    private static final int MAX_SLOT_VALUE_LENGTH = 140;

    private static JsonNode languageModel;
    private static JsonNode manifest;
    private static UtteranceMapper mapper;

    @BeforeParameterizedClassInvocation
    static void readTheModel(ArgumentsAccessor arguments) throws IOException {
        locale = arguments.getString(0);
        MODEL = Path.of("interaction-model/interactionModels/custom/" + locale + ".json");
        mapper = null;
        ObjectMapper json = new ObjectMapper();
        assertTrue(Files.isRegularFile(MODEL), "missing " + MODEL.toAbsolutePath());
        languageModel = json.readTree(MODEL.toFile()).path("interactionModel").path("languageModel");
        assertFalse(languageModel.isMissingNode(), MODEL + " has no interactionModel.languageModel");
        manifest = json.readTree(MANIFEST.toFile()).path("manifest");
    }

    /** Built on first use, so that a model the mapper rejects still gets every other check's report. */
    private static UtteranceMapper mapper() {
        if (mapper == null) {
            try (InputStream model = Files.newInputStream(MODEL);
                 InputStream phrases = InteractionModelTest.class.getResourceAsStream(
                         "/console/built-in-phrases." + phrasesLocale() + ".json")) {
                assertNotNull(phrases, "built-in phrases resource missing");
                mapper = UtteranceMapper.load(model, phrases);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mapper;
    }

    /** The English locales share en-US's phrases for Alexa's built-in intents unless they have their own. */
    private static String phrasesLocale() {
        return InteractionModelTest.class.getResource("/console/built-in-phrases." + locale + ".json") != null
                ? locale : "en-US";
    }

    // ---- invocation name -------------------------------------------------------------------------

    private static String invocationName() {
        return languageModel.path("invocationName").asText();
    }

    private static List<String> invocationWords() {
        return List.of(invocationName().trim().split("\\s+"));
    }

    @Test
    void invocationNameIsPartnerSpaceCoach() {
        assertEquals("partner space coach", invocationName());
    }

    @Test
    void invocationNameIsLowerCase() {
        assertEquals(invocationName().toLowerCase(Locale.ROOT), invocationName(),
                "invocation name '" + invocationName() + "' must be lower case");
    }

    @Test
    void invocationNameHasOnlyLettersAndSpaces() {
        assertTrue(invocationName().matches("[a-z][a-z ]*[a-z]"),
                "invocation name '" + invocationName() + "' may hold only letters and single spaces");
    }

    @Test
    void invocationNameHasAtLeastTwoWords() {
        assertTrue(invocationWords().size() >= 2,
                "invocation name '" + invocationName() + "' must have at least two words");
    }

    @Test
    void invocationNameHasNoLaunchWords() {
        assertEquals(List.of(), invocationWords().stream().filter(LAUNCH_WORDS::contains).toList(),
                "launch words in invocation name '" + invocationName() + "'");
    }

    @Test
    void invocationNameHasNoConnectingWords() {
        assertEquals(List.of(), invocationWords().stream().filter(CONNECTING_WORDS::contains).toList(),
                "connecting words in invocation name '" + invocationName() + "'");
    }

    @Test
    void invocationNameNamesNoWakeWordBrandOrSkill() {
        assertEquals(List.of(), invocationWords().stream().filter(FORBIDDEN_INVOCATION_WORDS::contains).toList(),
                "forbidden words in invocation name '" + invocationName() + "'");
        for (String brand : List.of("alexa", "amazon", "echo")) {
            assertFalse(invocationName().contains(brand), "invocation name contains '" + brand + "'");
        }
    }

    // ---- intents and slots -----------------------------------------------------------------------

    private static Map<String, JsonNode> intents() {
        Map<String, JsonNode> intents = new LinkedHashMap<>();
        languageModel.path("intents").forEach(intent -> intents.put(intent.path("name").asText(), intent));
        return intents;
    }

    private static List<String> samples(JsonNode intent) {
        List<String> samples = new ArrayList<>();
        intent.path("samples").forEach(sample -> samples.add(sample.asText()));
        return samples;
    }

    private static Map<String, String> slotTypes(JsonNode intent) {
        Map<String, String> slots = new LinkedHashMap<>();
        intent.path("slots").forEach(slot -> slots.put(slot.path("name").asText(), slot.path("type").asText()));
        return slots;
    }

    private static Map<String, JsonNode> customTypes() {
        Map<String, JsonNode> types = new LinkedHashMap<>();
        languageModel.path("types").forEach(type -> types.put(type.path("name").asText(), type));
        return types;
    }

    private static void assertNoProblems(String what, List<String> problems) {
        assertTrue(problems.isEmpty(), what + ":\n  " + String.join("\n  ", problems));
    }

    @Test
    void intentAndSlotNamesAreLettersAndUnderscores() {
        List<String> problems = new ArrayList<>();
        intents().forEach((name, intent) -> {
            String own = name.startsWith("AMAZON.") ? name.substring("AMAZON.".length()) : name;
            if (!NAME.matcher(own).matches()) {
                problems.add("intent '" + name + "'");
            }
            slotTypes(intent).keySet().stream().filter(slot -> !NAME.matcher(slot).matches())
                    .forEach(slot -> problems.add("slot '" + slot + "' of " + name));
        });
        customTypes().keySet().stream().filter(type -> !NAME.matcher(type).matches())
                .forEach(type -> problems.add("slot type '" + type + "'"));
        assertNoProblems("names with characters other than letters and underscores", problems);
    }

    @Test
    void requiredCustomIntentsArePresent() {
        assertEquals(List.of(), CUSTOM_INTENTS.stream().filter(name -> !intents().containsKey(name)).toList(),
                "missing custom intents");
    }

    @Test
    void requiredBuiltInIntentsArePresent() {
        assertEquals(List.of(), REQUIRED_BUILT_INS.stream().filter(name -> !intents().containsKey(name)).toList(),
                "missing built-in intents");
    }

    @Test
    void utterancesUseOnlyLettersSpacesApostrophesAndAbbreviationPeriods() {
        List<String> problems = new ArrayList<>();
        intents().forEach((name, intent) -> samples(intent).forEach(sample -> {
            String text = SLOT_REFERENCE.matcher(sample).replaceAll(" ");
            if (!UTTERANCE_TEXT.matcher(text).matches()) {
                problems.add(name + ": '" + sample + "' has characters other than letters, spaces, ' and .");
            }
            for (String word : text.trim().split("\\s+")) {
                if (word.contains(".") && !ABBREVIATION.matcher(word).matches()) {
                    problems.add(name + ": '" + sample + "' has a period outside an abbreviation ('" + word + "')");
                }
            }
            if (sample.isBlank()) {
                problems.add(name + ": blank utterance");
            }
        }));
        assertNoProblems("utterances with bad characters", problems);
    }

    @Test
    void numbersInUtterancesAreSpelledOut() {
        List<String> problems = new ArrayList<>();
        intents().forEach((name, intent) -> samples(intent).stream()
                .filter(sample -> sample.chars().anyMatch(Character::isDigit))
                .forEach(sample -> problems.add(name + ": '" + sample + "'")));
        assertNoProblems("utterances with digits (spell numbers out)", problems);
    }

    @Test
    void everySlotReferenceIsADeclaredSlotUsedOncePerUtterance() {
        List<String> problems = new ArrayList<>();
        intents().forEach((name, intent) -> {
            Set<String> declared = slotTypes(intent).keySet();
            for (String sample : samples(intent)) {
                Matcher references = SLOT_REFERENCE.matcher(sample);
                Set<String> seen = new LinkedHashSet<>();
                while (references.find()) {
                    String slot = references.group(1);
                    if (!declared.contains(slot)) {
                        problems.add(name + ": '" + sample + "' uses {" + slot + "}, not a slot of " + name);
                    }
                    if (!seen.add(slot)) {
                        problems.add(name + ": '" + sample + "' uses {" + slot + "} twice");
                    }
                }
                if (sample.replaceAll("\\{[^{}]*}", "").matches(".*[{}].*")) {
                    problems.add(name + ": '" + sample + "' has an unbalanced brace");
                }
            }
        });
        assertNoProblems("bad slot references", problems);
    }

    @Test
    void everyDeclaredSlotIsUsedBySomeUtterance() {
        List<String> problems = new ArrayList<>();
        intents().forEach((name, intent) -> slotTypes(intent).keySet().stream()
                .filter(slot -> samples(intent).stream().noneMatch(sample -> sample.contains("{" + slot + "}")))
                .forEach(slot -> problems.add(name + ": slot " + slot + " appears in no utterance")));
        assertNoProblems("unused slots", problems);
    }

    @Test
    void everySlotTypeExists() {
        List<String> problems = new ArrayList<>();
        intents().forEach((name, intent) -> slotTypes(intent).forEach((slot, type) -> {
            if (!type.startsWith("AMAZON.") && !customTypes().containsKey(type)) {
                problems.add(name + "." + slot + " has unknown type '" + type + "'");
            }
        }));
        assertNoProblems("slots with unknown types", problems);
    }

    private static String normalized(String utterance) {
        return utterance.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Test
    void noUtteranceIsRepeatedWithinAnIntent() {
        List<String> problems = new ArrayList<>();
        intents().forEach((name, intent) -> {
            Set<String> seen = new LinkedHashSet<>();
            samples(intent).stream().map(InteractionModelTest::normalized).filter(sample -> !seen.add(sample))
                    .forEach(sample -> problems.add(name + ": '" + sample + "'"));
        });
        assertNoProblems("duplicate utterances", problems);
    }

    @Test
    void noUtteranceBelongsToTwoIntents() {
        Map<String, String> owner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        intents().forEach((name, intent) -> samples(intent).stream().map(InteractionModelTest::normalized)
                .distinct().forEach(sample -> {
                    String earlier = owner.putIfAbsent(sample, name);
                    if (earlier != null) {
                        problems.add("'" + sample + "' is in " + earlier + " and " + name);
                    }
                }));
        assertNoProblems("utterances shared between intents", problems);
    }

    // ---- the catch-all: a phrase slot (AMAZON.SearchQuery) ----------------------------------------

    private static List<String> intentsWithPhraseSlots() {
        List<String> names = new ArrayList<>();
        intents().forEach((name, intent) -> {
            if (slotTypes(intent).containsValue(PHRASE_SLOT)) {
                names.add(name);
            }
        });
        return names;
    }

    @Test
    void exactlyOneCatchAllIntentHasAPhraseSlotAndNoOtherSlot() {
        assertEquals(List.of("FreeTextIntent"), intentsWithPhraseSlots());
        assertEquals(Map.of("Text", PHRASE_SLOT), slotTypes(intents().get("FreeTextIntent")));
    }

    @Test
    void everyPhraseSlotUtteranceHasACarrierPhrase() {
        List<String> problems = new ArrayList<>();
        for (String name : intentsWithPhraseSlots()) {
            for (String sample : samples(intents().get(name))) {
                if (SLOT_ONLY.matcher(sample).replaceAll("").isBlank()) {
                    problems.add(name + ": '" + sample + "' is the slot alone");
                }
                if (SLOT_ONLY.matcher(sample).results().count() != 1) {
                    problems.add(name + ": '" + sample + "' has other than one slot");
                }
            }
        }
        assertNoProblems("phrase slot utterances without a carrier phrase", problems);
    }

    @Test
    void noCarrierPhraseSwallowsANegation() {
        // A carrier's words never reach the skill: "I don't {Text}" would turn "I don't want to be alive" into
        // "want to be alive", so a carrier never holds a word that changes what the rest means.
        Set<String> negations = Set.of("not", "don't", "can't", "never", "nobody", "nothing", "no", "won't", "didn't",
                "want", "need", "keep");
        List<String> problems = samples(intents().get("FreeTextIntent")).stream()
                .filter(sample -> Arrays.stream(SLOT_ONLY.matcher(sample).replaceAll("").toLowerCase(Locale.ROOT).split(" "))
                        .anyMatch(negations::contains))
                .toList();
        assertEquals(List.of(), problems, "carriers that swallow meaning");
    }

    @Test
    void theCatchAllHasCarrierPhrasesForHowPeopleStartASentence() {
        Set<String> carriers = new HashSet<>();
        samples(intents().get("FreeTextIntent")).forEach(sample ->
                carriers.add(normalized(SLOT_ONLY.matcher(sample).replaceAll(""))));
        List<String> missing = SENTENCE_STARTS.stream().filter(start -> !carriers.contains(start)).toList();
        assertEquals(List.of(), missing, "sentence starts without a carrier phrase");
    }

    @ParameterizedTest(name = "\"{0}\" reaches the catch-all")
    @CsvSource({
            "i don't want to be alive, i, don't want to be alive",
            "honestly sometimes i want to hurt myself, honestly, sometimes i want to hurt myself",
            "my girlfriend said she needs some time apart, my, girlfriend said she needs some time apart",
            "why is he pulling back, why is, he pulling back",
    })
    void wordsNoSamplePlacesArriveAsWordsInTheCatchAll(String typed, String carrier, String words) {
        Intent intent = mapper().map(typed);
        assertEquals("FreeTextIntent", intent.getName(), typed);
        assertEquals(words, intent.getSlots().get("Text").getValue(), "after the carrier '" + carrier + "'");
    }

    @Test
    void wordsThatStartWithNoCarrierStillArriveWhole() {
        Intent intent = mapper().map("apparently nobody would notice if i was gone");
        assertEquals("FreeTextIntent", intent.getName());
        assertEquals("apparently nobody would notice if i was gone", intent.getSlots().get("Text").getValue());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "keep going, AMAZON.NextIntent",
            "skip ahead, AMAZON.NextIntent",
            "what comes after this, AMAZON.NextIntent",
            "start from the beginning, AMAZON.StartOverIntent",
            "go back to step one, GoToStepIntent",
            "give me a breathing exercise, SelfCareIntent",
    })
    void builtInAndSpecificIntentsHearWhatPeopleSay(String typed, String intentName) {
        assertEquals(intentName, mapper().map(typed).getName(), typed);
    }

    @Test
    void customIntentsHaveEnoughUtterances() {
        List<String> problems = new ArrayList<>();
        intents().forEach((name, intent) -> {
            if (name.startsWith("AMAZON.")) {
                return;
            }
            int minimum = name.equals("NeedsSpaceIntent") || name.equals("FreeTextIntent") ? 60 : 20;
            int count = samples(intent).size();
            if (count < minimum) {
                problems.add(name + " has " + count + " utterances, needs at least " + minimum);
            }
        });
        assertNoProblems("intents with too few utterances", problems);
    }

    // ---- slot types ------------------------------------------------------------------------------

    private static List<String> phrasesOf(JsonNode value) {
        List<String> phrases = new ArrayList<>();
        phrases.add(value.path("name").path("value").asText());
        value.path("name").path("synonyms").forEach(synonym -> phrases.add(synonym.asText()));
        return phrases;
    }

    @Test
    void slotValuesAndSynonymsAreAtMost140Characters() {
        List<String> problems = new ArrayList<>();
        customTypes().forEach((type, node) -> node.path("values").forEach(value -> phrasesOf(value).stream()
                .filter(phrase -> phrase.isBlank() || phrase.length() > MAX_SLOT_VALUE_LENGTH)
                .forEach(phrase -> problems.add(type + ": '" + phrase + "' (" + phrase.length() + " chars)"))));
        assertNoProblems("slot values or synonyms empty or over " + MAX_SLOT_VALUE_LENGTH + " characters", problems);
    }

    @Test
    void noSynonymBelongsToTwoValues() {
        List<String> problems = new ArrayList<>();
        customTypes().forEach((type, node) -> {
            Map<String, String> idByPhrase = new HashMap<>();
            node.path("values").forEach(value -> {
                String id = value.path("id").asText();
                phrasesOf(value).stream()
                        .map(phrase -> phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9']+", " ").trim())
                        .distinct()
                        .forEach(phrase -> {
                            String earlier = idByPhrase.putIfAbsent(phrase, id);
                            if (earlier != null && !earlier.equals(id)) {
                                problems.add(type + ": '" + phrase + "' is in " + earlier + " and " + id);
                            }
                        });
            });
        });
        assertNoProblems("synonyms shared between slot values", problems);
    }

    @Test
    void slotValueIdsAreUniqueAndPresent() {
        List<String> problems = new ArrayList<>();
        customTypes().forEach((type, node) -> {
            Set<String> ids = new LinkedHashSet<>();
            node.path("values").forEach(value -> {
                String id = value.path("id").asText("");
                if (id.isBlank() || !ids.add(id)) {
                    problems.add(type + ": id '" + id + "' missing or repeated");
                }
            });
        });
        assertNoProblems("slot value ids", problems);
    }

    private static Set<String> guideTopicIds() {
        JsonNode topic = customTypes().get("GUIDE_TOPIC");
        assertNotNull(topic, "no GUIDE_TOPIC slot type");
        Set<String> ids = new TreeSet<>();
        topic.path("values").forEach(value -> ids.add(value.path("id").asText()));
        return ids;
    }

    @Test
    void guideTopicHasExactlyTheStepAndSectionIds() {
        Set<String> expected = new TreeSet<>(STEP_IDS);
        expected.addAll(SECTION_IDS);
        assertEquals(18, expected.size());
        assertEquals(expected, guideTopicIds(), "GUIDE_TOPIC ids");
    }

    @Test
    void partnerTypeCoversEveryWayOfNamingAPartner() {
        Set<String> phrases = new TreeSet<>();
        customTypes().get("PARTNER").path("values").forEach(value -> phrases.addAll(phrasesOf(value)));
        List<String> missing = List.of("he", "him", "she", "her", "they", "them", "boyfriend", "my boyfriend",
                        "girlfriend", "my girlfriend", "husband", "my husband", "wife", "my wife", "partner",
                        "my partner", "my spouse").stream()
                .filter(phrase -> !phrases.contains(phrase)).toList();
        assertEquals(List.of(), missing, "PARTNER phrases missing");
    }

    @Test
    void everyStepAndSectionIsReachableByAnUtterance() {
        JsonNode topicIntent = intents().get("TopicIntent");
        assertNotNull(topicIntent, "no TopicIntent");
        assertEquals("GUIDE_TOPIC", slotTypes(topicIntent).get("Topic"), "TopicIntent.Topic must be GUIDE_TOPIC");
        assertTrue(samples(topicIntent).stream().anyMatch(sample -> sample.contains("{Topic}")),
                "no TopicIntent utterance uses {Topic}");
        List<String> unreachable = new ArrayList<>();
        for (String id : concat(STEP_IDS, SECTION_IDS)) {
            if (!guideTopicIds().contains(id)) {
                unreachable.add(id);
            }
        }
        assertEquals(List.of(), unreachable, "step or section ids no utterance can reach");
    }

    @ParameterizedTest(name = "every GUIDE_TOPIC phrase of {0} maps back to it")
    @CsvSource({"communicate", "respect-boundaries", "focus-on-yourself", "reassurance",
            "evaluate-the-relationship", "seek-support", "initiating-the-conversation", "active-listening",
            "giving-space-without-disconnecting", "maintaining-independence", "self-care-practices",
            "pursuing-interests", "expressing-support", "avoiding-pressure", "reflecting-on-needs",
            "future-discussions", "friends-and-family", "professional-guidance"})
    void everyTopicPhraseReachesItsId(String id) {
        List<String> problems = new ArrayList<>();
        customTypes().get("GUIDE_TOPIC").path("values").forEach(value -> {
            if (!value.path("id").asText().equals(id)) {
                return;
            }
            for (String phrase : phrasesOf(value)) {
                String typed = "tell me about " + phrase;
                Intent intent = mapper().map(typed);
                String got = intent.getName() + " " + resolvedId(intent.getSlots().get("Topic"));
                if (!got.equals("TopicIntent " + id)) {
                    problems.add("'" + typed + "' gave " + got);
                }
            }
        });
        assertNoProblems("topic phrases of " + id, problems);
    }

    @ParameterizedTest(name = "\"{0}\" reaches {1}")
    @CsvSource({
            "how do I practice active listening, active-listening",
            "tell me about self care, self-care-practices",
            "should I see a therapist, professional-guidance",
            "how do I give him space without losing our connection, giving-space-without-disconnecting",
            "how do I reassure him, expressing-support",
    })
    void exampleQuestionsReachTheirSections(String question, String id) {
        Intent intent = mapper().map(question);
        assertEquals("TopicIntent", intent.getName(), question);
        assertEquals(id, resolvedId(intent.getSlots().get("Topic")), question);
    }

    @Test
    void everySampleMapsBackToItsOwnIntent() {
        // Each sample, with every custom slot filled by the first value of its type and numbers by
        // "three" / "third", must reach its own intent: no sample is shadowed by another intent.
        List<String> problems = new ArrayList<>();
        intents().forEach((name, intent) -> {
            Map<String, String> types = slotTypes(intent);
            for (String sample : samples(intent)) {
                String typed = SLOT_REFERENCE.matcher(sample).replaceAll(ref -> exampleFor(types.get(ref.group(1))));
                Intent mapped = mapper().map(typed);
                if (!mapped.getName().equals(name)) {
                    problems.add(name + ": '" + typed + "' maps to " + mapped.getName());
                }
            }
        });
        assertNoProblems("samples that reach another intent", problems);
    }

    private static String exampleFor(String type) {
        if (PHRASE_SLOT.equals(type)) {
            return "wonder about all of this";
        }
        if ("AMAZON.NUMBER".equals(type)) {
            return "three";
        }
        if ("AMAZON.ORDINAL".equals(type)) {
            return "third";
        }
        if ("AMAZON.TIME".equals(type)) {
            return "eight thirty";
        }
        return customTypes().get(type).path("values").get(0).path("name").path("value").asText();
    }

    private static String resolvedId(Slot slot) {
        if (slot == null || slot.getResolutions() == null) {
            return "(unresolved)";
        }
        Resolution resolution = slot.getResolutions().getResolutionsPerAuthority().get(0);
        if (resolution.getStatus().getCode() != StatusCode.ER_SUCCESS_MATCH) {
            return "(" + resolution.getStatus().getCode() + ")";
        }
        return resolution.getValues().get(0).getValue().getId();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    // ---- skill manifest and ASK CLI resources ----------------------------------------------------

    /** Words Alexa allows between "ask <invocation name>" and the request. */
    private static final Set<String> ASK_CONNECTING_WORDS = Set.of("to", "for", "about", "if", "whether");

    @Test
    void examplePhrasesOpenTheSkillFirstThenAskWithExactSamplesOfTheModel() {
        List<String> phrases = new ArrayList<>();
        manifest.path("publishingInformation").path("locales").path(locale).path("examplePhrases")
                .forEach(node -> phrases.add(node.asText()));
        assertTrue(phrases.size() >= 1 && phrases.size() <= 3, "1 to 3 example phrases, got " + phrases.size());
        assertEquals("Alexa, open " + invocationName(), phrases.get(0), "the first example phrase opens the skill");
        Map<String, String> intentOfSample = new HashMap<>();
        for (JsonNode intent : languageModel.path("intents")) {
            if (!intent.path("name").asText().startsWith("AMAZON.")) {
                intent.path("samples").forEach(sample -> intentOfSample.put(sample.asText(), intent.path("name").asText()));
            }
        }
        String ask = "Alexa, ask " + invocationName() + " ";
        List<String> problems = new ArrayList<>();
        for (String phrase : phrases.subList(1, phrases.size())) {
            if (!phrase.startsWith(ask)) {
                problems.add("'" + phrase + "' does not start with '" + ask + "'");
                continue;
            }
            String request = phrase.substring(ask.length());
            String firstWord = request.split(" ", 2)[0];
            if (!intentOfSample.containsKey(request) && ASK_CONNECTING_WORDS.contains(firstWord)) {
                request = request.substring(firstWord.length() + 1);
            }
            String intent = intentOfSample.get(request);
            if (intent == null) {
                problems.add("'" + request + "' is not word for word a sample of a custom intent");
            } else if (!mapper().map(request).getName().equals(intent)) {
                problems.add("'" + request + "' is a sample of " + intent + " but maps to " + mapper().map(request).getName());
            }
        }
        assertNoProblems("example phrases", problems);
    }

    @Test
    void manifestDescribesTheSkillForTheLocaleAndItsCountry() {
        JsonNode publishing = manifest.path("publishingInformation");
        JsonNode published = publishing.path("locales").path(locale);
        assertEquals("Partner Space Coach", published.path("name").asText());
        assertFalse(published.path("summary").asText().isBlank(), "summary");
        assertFalse(published.path("description").asText().isBlank(), "description");
        assertTrue(published.path("keywords").size() > 0, "keywords");
        assertFalse(publishing.path("category").asText().isBlank(), "category");
        List<String> countries = new ArrayList<>();
        publishing.path("distributionCountries").forEach(country -> countries.add(country.asText()));
        assertTrue(countries.contains(locale.substring(3)), locale + " in " + countries);
        List<String> publishedLocales = new ArrayList<>();
        publishing.path("locales").fieldNames().forEachRemaining(publishedLocales::add);
        assertEquals(countries.stream().sorted().toList(),
                publishedLocales.stream().map(name -> name.substring(3)).sorted().toList(),
                "a country for each locale and a locale for each country");
        assertFalse(publishing.path("isAvailableWorldwide").asBoolean(true), "isAvailableWorldwide");
    }

    @Test
    void manifestSubscribesToSkillEnabledDisabledAndThePermissionEvents() {
        Set<String> events = new TreeSet<>();
        manifest.path("events").path("subscriptions").forEach(event -> events.add(event.path("eventName").asText()));
        assertEquals(Set.of("SKILL_ENABLED", "SKILL_DISABLED", "SKILL_PERMISSION_ACCEPTED", "SKILL_PERMISSION_CHANGED"),
                events);
    }

    @Test
    void manifestDeclaresPrivacyAndCompliance() {
        JsonNode privacy = manifest.path("privacyAndCompliance");
        assertEquals("false", privacy.path("allowsPurchases").asText());
        assertEquals("false", privacy.path("usesPersonalInfo").asText());
        assertEquals("false", privacy.path("isChildDirected").asText());
        assertEquals("true", privacy.path("isExportCompliant").asText());
        assertEquals("false", privacy.path("containsAds").asText());
        assertEquals("false", privacy.path("usesHealthInfo").asText());
    }

    @Test
    void manifestVersionIsOnePointZero() {
        assertEquals("1.0", manifest.path("manifestVersion").asText());
    }

    @Test
    void askResourcesPointAtTheGeneratedSkillPackageOnly() throws IOException {
        JsonNode resources = new ObjectMapper().readTree(ASK_RESOURCES.toFile());
        assertEquals("2020-03-31", resources.path("askcliResourcesVersion").asText());
        JsonNode profile = resources.path("profiles").path("default");
        // src/deploy/deploy.sh writes it from interaction-model/ with the endpoint; the committed package has none.
        assertEquals("./target/skill-package", profile.path("skillMetadata").path("src").asText());
        assertTrue(profile.path("skillInfrastructure").isMissingNode(),
                "code is deployed with SAM, not by the ASK CLI");
        assertTrue(profile.path("code").isMissingNode(), "the ASK CLI builds no code");
    }

    @Test
    void askResourcesAreWrittenAsTheAskCliWritesThem() throws IOException {
        // ask deploy rewrites this file (JSON.stringify, two spaces, no final newline): the same bytes leave git clean.
        String text = Files.readString(ASK_RESOURCES);
        assertEquals(new ObjectMapper().readTree(text).toPrettyString().replace("\" : ", "\": "), text);
    }
}
