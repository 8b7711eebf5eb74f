package org.needsspace.console;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.needsspace.alexa.requests.LocalRequests;

class UtteranceMapperTest {

    private static UtteranceMapper mapper;

    @BeforeAll
    static void loadTheSkillModel() {
        mapper = UtteranceMapper.forLocale("en-US");
    }

    @ParameterizedTest(name = "\"{0}\" asks the headline question about {1}")
    @CsvSource({
            "what should I do if he needs space, he",
            "what should I do if she needs space, she",
            "what do I do when they need space, they",
            "what should I do if my partner needs space, partner",
            "my boyfriend needs space, he",
            "my girlfriend asked for some space, she",
            "what should I do if my husband needs space, he",
            "my wife wants space, she",
            "he wants space, he",
            "she needs some space, she",
            "they asked for space, they",
            "he says he needs space, he",
            "my partner says they need space, partner",
            "what do I do when my boyfriend wants space, he",
            "him needs space, he",
    })
    void headlineQuestionResolvesThePartner(String typed, String partnerId) {
        Intent intent = mapper.map(typed);
        assertEquals("NeedsSpaceIntent", intent.getName(), typed);
        assertResolved(intent.getSlots().get("Partner"), "PARTNER", partnerId);
    }

    @Test
    void headlineQuestionWithoutAPartnerWordStillMapsAndLeavesTheSlotEmpty() {
        Intent intent = mapper.map("what do I do when someone needs space");
        assertEquals("NeedsSpaceIntent", intent.getName());
        Slot partner = intent.getSlots().get("Partner");
        assertNotNull(partner, "declared slot Partner must be present even when unfilled");
        assertNull(partner.getValue());
        assertNull(partner.getResolutions());
    }

    @ParameterizedTest(name = "\"{0}\" asks about {1}")
    @CsvSource({
            "how do I practice active listening, active-listening",
            "tell me about self care, self-care-practices",
            "should I see a therapist, professional-guidance",
            "how do I give him space without losing our connection, giving-space-without-disconnecting",
            "how do I reassure him, expressing-support",
            "tell me about boundaries, respect-boundaries",
            "go to evaluate the relationship, evaluate-the-relationship",
            "reassurance, reassurance",
            "should I text him, avoiding-pressure",
            "tell me about self-care, self-care-practices",
    })
    void topicQuestionsResolveToTheirGuideIds(String typed, String topicId) {
        Intent intent = mapper.map(typed);
        assertEquals("TopicIntent", intent.getName(), typed);
        assertResolved(intent.getSlots().get("Topic"), "GUIDE_TOPIC", topicId);
    }

    @Test
    void resolvedCustomSlotKeepsTheHeardWordsAndNamesTheCanonicalValue() {
        Slot partner = mapper.map("my boyfriend needs space").getSlots().get("Partner");
        assertEquals("boyfriend", partner.getValue());
        Resolution resolution = partner.getResolutions().getResolutionsPerAuthority().get(0);
        assertEquals("amzn1.er-authority.echo-sdk." + LocalRequests.LOCAL_SKILL_ID + ".PARTNER",
                resolution.getAuthority());
        assertEquals("he", resolution.getValues().get(0).getValue().getName());
    }

    @ParameterizedTest(name = "\"{0}\" goes to step {1}")
    @CsvSource({
            "go to step three, 3",
            "read step six, 6",
            "go to step nine, 9",
            "go to step minus one, -1",
            "step 2, 2",
            "go to step -4, -4",
            "skip to step twenty one, 21",
            "go to step zero, 0",
            "take me to step one hundred and five, 105",
            "go to step nine hundred ninety nine thousand nine hundred ninety nine, 999999",
    })
    void stepNumbersAreSpokenOrTyped(String typed, String number) {
        Intent intent = mapper.map(typed);
        assertEquals("GoToStepIntent", intent.getName(), typed);
        Slot stepNumber = intent.getSlots().get("StepNumber");
        assertEquals(number, stepNumber.getValue());
        assertNull(stepNumber.getResolutions(), "AMAZON.NUMBER carries no entity resolution");
        Slot stepOrdinal = intent.getSlots().get("StepOrdinal");
        assertNotNull(stepOrdinal, "unfilled StepOrdinal must still be present");
        assertNull(stepOrdinal.getValue());
    }

    @ParameterizedTest(name = "\"{0}\" is ordinal {1}")
    @CsvSource({
            "the fourth step, 4",
            "go to the first step, 1",
            "read the second step, 2",
            "the 4th step, 4",
            "go to the twenty first step, 21",
            "the twelfth step, 12",
            "the twentieth step, 20",
    })
    void stepOrdinalsBecomeDigits(String typed, String ordinal) {
        Intent intent = mapper.map(typed);
        assertEquals("GoToStepIntent", intent.getName(), typed);
        assertEquals(ordinal, intent.getSlots().get("StepOrdinal").getValue());
        assertNull(intent.getSlots().get("StepOrdinal").getResolutions());
        assertNull(intent.getSlots().get("StepNumber").getValue());
    }

    @Test
    void wordsThatAreNoNumberDoNotFillANumberSlot() {
        assertEquals("FreeTextIntent", mapper.map("step banana").getName());
        assertEquals("step three five", mapper.map("step three five").getSlots().get("Text").getValue());
        // "go {to} ..." also fits "go to {Topic}", so an unknown step name becomes an unresolved topic.
        Intent intent = mapper.map("go to step banana");
        assertEquals("TopicIntent", intent.getName());
        assertEquals(StatusCode.ER_SUCCESS_NO_MATCH, intent.getSlots().get("Topic").getResolutions()
                .getResolutionsPerAuthority().get(0).getStatus().getCode());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "yes, AMAZON.YesIntent",
            "no, AMAZON.NoIntent",
            "next, AMAZON.NextIntent",
            "go back, AMAZON.PreviousIntent",
            "start over, AMAZON.StartOverIntent",
            "repeat, AMAZON.RepeatIntent",
            "resume, AMAZON.ResumeIntent",
            "help, AMAZON.HelpIntent",
            "stop, AMAZON.StopIntent",
            "cancel, AMAZON.CancelIntent",
            "go home, AMAZON.NavigateHomeIntent",
            "next step, AMAZON.NextIntent",
            "pick up where I left off, AMAZON.ResumeIntent",
    })
    void builtInPhrasesAndBuiltInSamplesMapToBuiltInIntents(String typed, String intentName) {
        Intent intent = mapper.map(typed);
        assertEquals(intentName, intent.getName(), typed);
        assertTrue(intent.getSlots().isEmpty(), "built-in intents declare no slots");
    }

    @ParameterizedTest(name = "\"{0}\" is a safety request")
    @ValueSource(strings = {
            "I don't feel safe", "I do not feel safe", "he hurts me", "she hurts me", "they hurt me",
            "my partner hurts me", "my husband hit me",
            "I want to hurt myself", "I'm thinking of hurting myself", "I'm in danger", "call the police",
            "I need help now", "my ex hits me"})
    void safetyPhrasesMapToSafetyIntent(String typed) {
        assertEquals("SafetyIntent", mapper.map(typed).getName(), typed);
    }

    @Test
    void unknownAbuserWordStillReachesSafetyWithNoMatch() {
        Slot partner = mapper.map("my ex hits me").getSlots().get("Partner");
        assertEquals(StatusCode.ER_SUCCESS_NO_MATCH,
                partner.getResolutions().getResolutionsPerAuthority().get(0).getStatus().getCode());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "give me a self care idea, SelfCareIntent",
            "help me relax, SelfCareIntent",
            "where was I, WhereAmIIntent",
            "what step am I on, WhereAmIIntent",
            "what are the steps, ListStepsIntent",
            "give me an overview, ListStepsIntent",
            "forget me, ForgetMeIntent",
            "delete my progress, ForgetMeIntent",
    })
    void slotlessCustomIntents(String typed, String intentName) {
        Intent intent = mapper.map(typed);
        assertEquals(intentName, intent.getName(), typed);
        assertTrue(intent.getSlots().values().stream().allMatch(slot -> slot.getValue() == null), "no slot filled");
    }

    @ParameterizedTest(name = "\"{0}\" asks for {1}")
    @CsvSource({
            "give me a breathing exercise, breathing",
            "walk me through a grounding exercise, grounding",
            "help me with sleep, sleep",
    })
    void aSelfCareKindFillsTheKindSlot(String typed, String kind) {
        Intent intent = mapper.map(typed);
        assertEquals("SelfCareIntent", intent.getName(), typed);
        assertResolved(intent.getSlots().get("Kind"), "SELF_CARE_KIND", kind);
    }

    @ParameterizedTest(name = "\"{0}\" arrives in the catch-all as \"{1}\"")
    @CsvSource({
            "I'm scared of him, scared of him",
            "I am afraid of my partner, afraid of my partner",
            "i feel like ending it all, like ending it all",
    })
    void feelingsAndFearsArriveAsWordsAfterTheCarrierPhrase(String typed, String words) {
        Intent intent = mapper.map(typed);
        assertEquals("FreeTextIntent", intent.getName(), typed);
        assertEquals(words, intent.getSlots().get("Text").getValue());
    }

    @ParameterizedTest(name = "words no sample fits \"{0}\" reach the catch-all whole")
    @ValueSource(strings = {"blorp fnargle wibble", "purple", "read me a long poem about the ocean please"})
    void wordsNoSampleFitsReachTheCatchAllWhole(String typed) {
        Intent intent = mapper.map(typed);
        assertEquals("FreeTextIntent", intent.getName());
        assertEquals(IntentConfirmationStatus.NONE, intent.getConfirmationStatus());
        assertEquals(typed, intent.getSlots().get("Text").getValue());
    }

    @ParameterizedTest(name = "nothing said \"{0}\" falls back")
    @ValueSource(strings = {"", "   ", "?!"})
    void nothingSaidFallsBack(String typed) {
        Intent intent = mapper.map(typed);
        assertEquals(UtteranceMapper.FALLBACK_INTENT, intent.getName());
        assertTrue(intent.getSlots().isEmpty());
    }

    @Test
    void aSentenceStartingWithACarrierPhraseLosesOnlyTheCarrier() {
        Intent intent = mapper.map("the cat sat on the mat");
        assertEquals("FreeTextIntent", intent.getName());
        assertEquals("cat sat on the mat", intent.getSlots().get("Text").getValue());
    }

    @Test
    void theModelsOwnSamplesAreKnownAsSuch() {
        assertEquals(java.util.Optional.of("NeedsSpaceIntent"), mapper.sampleIntentOf("my boyfriend needs space"));
        assertEquals(java.util.Optional.of("AMAZON.YesIntent"), mapper.sampleIntentOf("yes please"));
        assertEquals(java.util.Optional.empty(), mapper.sampleIntentOf("i'm so tired of waiting for him"));
    }

    @Test
    void nullTextFallsBack() {
        assertEquals(UtteranceMapper.FALLBACK_INTENT, mapper.map(null).getName());
    }

    @ParameterizedTest(name = "\"{0}\" is tolerated")
    @ValueSource(strings = {"  What should I do if HE needs space?!  ", "what   should i do, if he needs space.",
            "WHAT SHOULD I DO IF HE NEEDS SPACE", "what should I do if he needs\tspace",
            "Alexa, ask partner space coach what should I do if he needs space",
            "alexa ask Partner Space Coach: what should I do if he needs space",
            "Alexa, tell partner space coach what should I do if he needs space",
            "Alexa, open partner space coach and what should I do if he needs space"})
    void punctuationCaseSpacingAndInvocationAreIgnored(String typed) {
        Intent intent = mapper.map(typed);
        assertEquals("NeedsSpaceIntent", intent.getName(), typed);
        assertResolved(intent.getSlots().get("Partner"), "PARTNER", "he");
    }

    @Test
    void invocationIsStrippedOnlyAtTheStart() {
        assertEquals("AMAZON.YesIntent", mapper.map("Alexa, tell partner space coach yes")
                .getName());
        assertEquals("FreeTextIntent", mapper.map("yes ask partner space coach").getName());
    }

    @Test
    void invocationAloneCarriesNoIntent() {
        assertEquals(UtteranceMapper.FALLBACK_INTENT, mapper.map("Alexa, open partner space coach").getName());
    }

    @Test
    void curlyApostropheIsTheSameAsAStraightOne() {
        assertEquals("SafetyIntent", mapper.map("I\u2019m not safe").getName());
    }

    @Test
    void unknownTopicStillReachesTopicIntentWithNoMatch() {
        // Documented choice: when no sample fits fully, a sample whose literal words fit wins
        // with the unknown custom slot words resolved to ER_SUCCESS_NO_MATCH (as Alexa does).
        Intent intent = mapper.map("tell me about quantum physics");
        assertEquals("TopicIntent", intent.getName());
        Slot topic = intent.getSlots().get("Topic");
        assertEquals("quantum physics", topic.getValue());
        Resolution resolution = topic.getResolutions().getResolutionsPerAuthority().get(0);
        assertEquals(StatusCode.ER_SUCCESS_NO_MATCH, resolution.getStatus().getCode());
        assertTrue(resolution.getValues() == null || resolution.getValues().isEmpty());
    }

    @Test
    void everyDeclaredSlotIsPresentWithNoConfirmation() {
        Intent intent = mapper.map("go to step three");
        assertEquals(Set.of("StepNumber", "StepOrdinal"), intent.getSlots().keySet());
        intent.getSlots().forEach((name, slot) -> assertAll(
                () -> assertEquals(name, slot.getName()),
                () -> assertEquals(SlotConfirmationStatus.NONE, slot.getConfirmationStatus())));
        assertEquals(IntentConfirmationStatus.NONE, intent.getConfirmationStatus());
    }

    @Test
    void mapperWorksFromStreamsToo() {
        String model = """
                {"interactionModel":{"languageModel":{"invocationName":"tiny test",
                  "intents":[{"name":"PetIntent","slots":[{"name":"Pet","type":"PET"}],"samples":["pet the {Pet}"]}],
                  "types":[{"name":"PET","values":[{"id":"dog","name":{"value":"dog","synonyms":["puppy"]}}]}]}}}
                """;
        String phrases = "{\"AMAZON.YesIntent\":[\"yes\"]}";
        UtteranceMapper tiny = UtteranceMapper.load(stream(model), stream(phrases));
        assertResolved(tiny.map("ask tiny test to pet the puppy").getSlots().get("Pet"), "PET", "dog");
        assertEquals("AMAZON.YesIntent", tiny.map("Yes!").getName());
        assertEquals(UtteranceMapper.FALLBACK_INTENT, tiny.map("pet the cat and the dog").getName());
    }

    @Test
    void sampleWithAnUndeclaredSlotIsRejected() {
        String model = """
                {"interactionModel":{"languageModel":{"invocationName":"tiny test",
                  "intents":[{"name":"PetIntent","samples":["pet the {Pet}"]}]}}}
                """;
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> UtteranceMapper.load(stream(model), stream("{}")));
        assertTrue(error.getMessage().contains("{Pet}"), error.getMessage());
    }

    @Test
    void everyBuiltInPhraseNamesAnIntentOfTheModelAndMapsToIt() throws Exception {
        LanguageModel model;
        BuiltInPhrases phrases;
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var modelJson = getClass().getResourceAsStream("/interaction-model/en-US.json");
             var phrasesJson = getClass().getResourceAsStream("/console/built-in-phrases.en-US.json")) {
            model = LanguageModel.read(modelJson, json);
            phrases = BuiltInPhrases.read(phrasesJson, json);
        }
        java.util.List<String> problems = new java.util.ArrayList<>();
        phrases.intentsByPhrase().forEach((phrase, intentName) -> {
            if (model.intent(intentName).isEmpty()) {
                problems.add("'" + phrase + "': " + intentName + " is not in the model");
            }
            String mapped = mapper.map(phrase).getName();
            if (!mapped.equals(intentName)) {
                problems.add("'" + phrase + "' maps to " + mapped + ", not " + intentName);
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void unknownLocaleIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> UtteranceMapper.forLocale("xx-XX"));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static void assertResolved(Slot slot, String typeName, String expectedId) {
        assertNotNull(slot, "slot missing");
        assertNotNull(slot.getValue(), "slot " + slot.getName() + " has no value");
        assertNotNull(slot.getResolutions(), "slot " + slot.getName() + " has no resolutions");
        Resolution resolution = slot.getResolutions().getResolutionsPerAuthority().get(0);
        assertAll(
                () -> assertEquals(StatusCode.ER_SUCCESS_MATCH, resolution.getStatus().getCode(),
                        "status of " + slot.getName() + " = '" + slot.getValue() + "'"),
                () -> assertTrue(resolution.getAuthority().endsWith("." + typeName), resolution.getAuthority()),
                () -> assertEquals(1, resolution.getValues().size()),
                () -> assertEquals(expectedId, resolution.getValues().get(0).getValue().getId(),
                        "id of " + slot.getName() + " = '" + slot.getValue() + "'"));
    }
}
