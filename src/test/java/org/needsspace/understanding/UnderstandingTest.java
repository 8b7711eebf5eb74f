package org.needsspace.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.needsspace.TestContent;

/** The understanding built from the real data of en-US, meaning by meaning. */
class UnderstandingTest {

    private final Understanding understanding = TestContent.english().understanding();

    @ParameterizedTest(name = "\"{0}\" means {1}")
    @CsvSource({
            "i really don't want to be here anymore, safety:self-harm",
            "when he drinks he throws things at me, safety:violence",
            "there's a fire in my kitchen, safety:danger",
            "what am i meant to do now my wife wants a break, headline",
            "i keep refreshing his page all night, feeling:rumination",
            "walk me through some breathing, selfcare:breathing",
            "can we jump to step five, nav:step-5",
            "thanks a lot, social:thanks",
            "should we see a couples counsellor, section:professional-guidance",
            "blorp fnargle, none",
    })
    void meaningsOfEveryKind(String said, String label) {
        assertEquals(label, understanding.interpret(said).label(), said);
    }

    @ParameterizedTest(name = "\"{0}\" means {1}")
    @CsvSource({
            "could you give me a nudge every evening to do something kind for myself, reminder:set",
            "something else please, nav:another",
            "right love ta ra see you tomorrow, social:goodbye",
            "right im off then catch you later, social:goodbye",
            "good on ya mate thanks heaps, social:thanks",
            "my boyfriend told me on sunday he needs space and i have been crying all week and i cant focus at work should i keep texting him every day or leave him alone, section:avoiding-pressure",
    })
    void ownWordsReachEveryCapabilityThroughTheEncoder(String said, String label) {
        understanding.buildNow();
        assertTrue(understanding.encoderLoaded());
        assertEquals(label, understanding.interpret(said).label(), said);
    }

    /** Strangulation told as what the hands did, and suicidal thoughts in a therapist's words. */
    @ParameterizedTest
    @CsvSource({
            "every argument ends with his hands around my neck, violence",
            "she keeps putting her hands on my throat when she is angry, violence",
            "the ideation is getting worse every night, self-harm",
            "my counsellor asked about my ideation and i lied, self-harm"})
    void strangulationByTheHandsAndIdeationAreDanger(String said, String danger) {
        assertEquals(Optional.of(danger), understanding.danger(said), said);
    }

    /** Sexual violence said as "forced himself on me", and the threat of Campbell's Danger Assessment. */
    @ParameterizedTest
    @ValueSource(strings = {"my husband forced himself on me last night", "she forces herself onto me when i say no",
            "he told me if he can't have me no one can", "she keeps saying if she cant have me nobody else will",
            "he screamed if i can't have you nobody can"})
    void forcedSexAndIfICantHaveYouNobodyCanAreDanger(String said) {
        assertEquals(Optional.of("violence"), understanding.danger(said), said);
    }

    @ParameterizedTest
    @ValueSource(strings = {"he said he would break things if i left", "when he is angry he breaks things",
            "last night he broke my phone"})
    void breakingThingsIsDanger(String said) {
        assertEquals(Optional.of("violence"), understanding.danger(said), said);
    }

    @ParameterizedTest
    @ValueSource(strings = {"she said she needs a break how long do these things usually last",
            "my partner wants a break how long do these things usually last"})
    void needingABreakIsNot(String said) {
        assertEquals(Optional.empty(), understanding.danger(said), said);
    }

    @Test
    void onlyTheFirstWordsOfATurnAreReadSoItsCostIsBounded() {
        String filler = "and then we talked ".repeat(Understanding.MOST_WORDS / 4);
        assertEquals(Understanding.MOST_WORDS, filler.trim().split(" ").length);

        assertEquals(Optional.of("violence"), understanding.danger("he hits me " + filler));
        assertEquals(Optional.empty(), understanding.danger(filler + "he hits me"));
        assertEquals(filler, Understanding.firstWords(filler + "he hits me"));
        assertEquals("  two  words ", Understanding.firstWords("  two  words "));
    }

    @Test
    void dangerComesFirstEvenInsideAnotherQuestion() {
        assertEquals("safety", understanding.interpret("how do i talk to him when he hits me").kind().prefix());
    }

    @Test
    void stemsMatchOtherFormsOfAWord() {
        // Snowball: "listened", "listening" and "listen" share a stem; the rules alone, which the stems serve.
        Understanding rules = Understanding.of(TestContent.englishUnderstandingData(), TestContent.english().guide());
        assertEquals("active-listening", rules.interpret("i listened badly").value());
        assertEquals("active-listening", rules.interpret("i listen badly").value());
    }

    @Test
    void aFeelingSaidWithTheHeadlineQuestionIsKeptForTheAnswer() {
        Meaning meaning = understanding.interpret("my boyfriend asked for space and i'm freaking out");
        assertEquals("headline", meaning.label());
        assertEquals(Optional.of("anxious"), meaning.feeling());
    }

    @Test
    void anEitherOrAnswerChoosesByOrderOrByWords() {
        List<String> offered = List.of("section:maintaining-independence", "section:giving-space-without-disconnecting");
        assertEquals(Optional.of(offered.get(0)), understanding.choose("the first one", offered));
        assertEquals(Optional.of(offered.get(1)), understanding.choose("the other one", offered));
        assertEquals(Optional.of(offered.get(1)), understanding.choose("staying connected", offered));
        assertEquals(Optional.empty(), understanding.choose("bananas", offered));
    }

    @Test
    void everySafetyRuleOfTheDataCompiles() throws Exception {
        // Rules are compiled when first needed in production; a rule the syntax does not allow must fail here.
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        UnderstandingData data = json.readValue(getClass().getResourceAsStream("/understanding/en-US.json"),
                UnderstandingData.class);
        WordPattern.Compiler compiler = new WordPattern.Compiler(data.safety().concepts());
        for (UnderstandingData.SafetyRule rule : data.safety().rules()) {
            assertTrue(compiler.compile(rule.pattern()).regex().pattern().length() > 0, rule.pattern());
        }
    }

    @Test
    void theExamplesAreKnownSoTheCorpusCanStayApart() {
        assertTrue(understanding.examples().contains("how do i listen better"));
    }
}
