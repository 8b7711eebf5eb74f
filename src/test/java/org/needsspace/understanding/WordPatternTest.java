package org.needsspace.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPatternTest {

    private static final Map<String, List<String>> CONCEPTS = Map.of(
            "person", List.of("he", "she", "[my] (partner|husband)"),
            "aux", List.of("is", "always", "keeps"));

    private static List<WordPattern.Span> spans(String pattern, String text) {
        return WordPattern.compile(pattern, CONCEPTS).spans(List.of(text.split(" ")));
    }

    @Test
    void wordsPrefixesAndAlternatives() {
        assertEquals(List.of(new WordPattern.Span(1, 3)), spans("hit|punch* me", "he punched me hard"));
        assertTrue(spans("hit|punch* me", "he patted me").isEmpty());
    }

    @Test
    void conceptsMayHoldOptionalWordsAndGroups() {
        assertEquals(1, spans("@person [@aux] hits me", "my husband always hits me").size());
        assertEquals(1, spans("@person [@aux] hits me", "partner hits me").size());
        assertTrue(spans("@person [@aux] hits me", "the ball hits me").isEmpty());
    }

    @Test
    void groupsOfSeveralWordsGapsAndTheNextWordExcluded() {
        assertEquals(1, spans("threaten* to ~2 (take the kids|kill)", "he threatened to really take the kids").size());
        assertTrue(spans("pushed me !away", "he pushed me away").isEmpty());
        assertEquals(1, spans("pushed me !away", "he pushed me down").size());
        assertTrue(spans("hit me !(with the news)", "it hit me with the news").isEmpty());
        assertEquals(1, spans("hit me !(with the news)", "he hit me with the belt").size());
    }

    @Test
    void aCaretMatchesOnlyAtTheStartOfTheClause() {
        assertEquals(1, spans("^ hits me", "hits me when he drinks").size());
        assertTrue(spans("^ hits me", "it hits me hard").isEmpty());
    }

    @Test
    void everyPlaceIsFoundNotOnlyTheFirst() {
        assertEquals(2, spans("hit*", "he hit me and hits the wall").size());
    }

    @Test
    void aMalformedPatternIsRefusedByTypeWhenCompiled() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> WordPattern.compile("@nobody hits", CONCEPTS).regex());
        assertTrue(unknown.getMessage().contains("@nobody"));
        assertThrows(IllegalArgumentException.class, () -> WordPattern.compile("[hits me", CONCEPTS).regex());
        assertThrows(IllegalArgumentException.class, () -> WordPattern.compile("hits ^ me", CONCEPTS).regex());
        IllegalArgumentException notAWord = assertThrows(IllegalArgumentException.class,
                () -> WordPattern.compile("don't", CONCEPTS).regex());
        assertTrue(notAWord.getMessage().contains("don't"));
    }
}
