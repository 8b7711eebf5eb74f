package org.needsspace.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SafetyScreenTest {

    private final SafetyScreen screen = SafetyScreen.compile(new UnderstandingData.Safety(
            Map.of("person", List.of("he", "she", "someone"), "aux", List.of("would", "will", "is")),
            List.of("not", "never"), List.of("not know"), List.of("at least"), List.of("i", "he", "she", "it"),
            "someone",
            List.of(new UnderstandingData.SafetyRule("violence", "@person [@aux] [@aux] hurt|hurts me", true),
                    new UnderstandingData.SafetyRule("self-harm", "hurt myself", false),
                    new UnderstandingData.SafetyRule("violence", "yelling and throwing things", true),
                    new UnderstandingData.SafetyRule("violence", "@person [@aux] kill me", true)), List.of(),
            List.of("kill")));

    private Optional<String> danger(String... clause) {
        return screen.danger(List.of(List.of(clause)));
    }

    @Test
    void anAlarmMayBeAFigureOfSpeechOnlyWhenEveryRuleFiredOnAFigurativeWord() {
        assertEquals(Optional.of(new SafetyScreen.Alarm("violence", true)),
                screen.alarm(List.of(List.of("she", "would", "kill", "me"))));
        assertEquals(Optional.of(new SafetyScreen.Alarm("violence", false)),
                screen.alarm(List.of(List.of("he", "hurts", "me"))));
        assertEquals(Optional.of(new SafetyScreen.Alarm("violence", false)), screen.alarm(List.of(
                List.of("she", "would", "kill", "me"), List.of("he", "is", "yelling", "and", "throwing", "things"))));
        assertEquals(Optional.empty(), screen.alarm(List.of(List.of("he", "is", "kind"))));
    }

    @Test
    void aNegationGoverningTheWordsCancelsANegatableRule() {
        assertEquals(Optional.of("violence"), danger("he", "hurts", "me"));
        assertEquals(Optional.empty(), danger("he", "would", "never", "hurt", "me"));
        assertEquals(Optional.empty(), danger("i", "do", "not", "think", "he", "would", "hurt", "me"));
    }

    @Test
    void aNegationThatDoesNotDenyTheDangerLeavesItStanding() {
        assertEquals(Optional.of("violence"), danger("i", "do", "not", "know", "if", "he", "will", "hurt", "me"));
        assertEquals(Optional.of("violence"),
                danger("at", "least", "he", "is", "not", "yelling", "and", "throwing", "things"));
    }

    @Test
    void selfHarmIsNeverCancelledByANegation() {
        assertEquals(Optional.of("self-harm"), danger("i", "would", "never", "hurt", "myself"));
    }

    @Test
    void anActorDroppedByTheCarrierPhraseIsReadBackIn() {
        // "he {Text}" hands the skill only "hurts me when he drinks".
        assertEquals(Optional.of("violence"), danger("hurts", "me", "when", "he", "drinks"));
        assertEquals(Optional.empty(), danger("it", "hurts", "me", "when", "he", "drinks"),
                "a clause with its own subject keeps it");
    }

    @Test
    void eachClauseIsJudgedAlone() {
        assertEquals(Optional.of("violence"), screen.danger(List.of(
                List.of("he", "would", "never", "hurt", "me"), List.of("she", "hurts", "me"))));
    }
}
