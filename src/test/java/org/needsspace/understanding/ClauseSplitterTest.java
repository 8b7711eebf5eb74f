package org.needsspace.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

    private final ClauseSplitter words = new ClauseSplitter(
            Map.of("can't", "can not", "i'm", "i am", "wanna", "want to", "dont", "do not"),
            Map.of("n't", " not", "'s", ""),
            Set.of("but"));

    @Test
    void contractionsAndSpokenShortcutsAreWrittenOut() {
        assertEquals(List.of("i", "am", "not", "sure", "i", "want", "to", "stay"),
                words.words("I\u2019m NOT sure I wanna stay!"));
        assertEquals(List.of("he", "does", "not", "call", "and", "i", "can", "not", "sleep"),
                words.words("he doesn't call, and I can't sleep"));
        assertEquals(List.of("i", "do", "not", "know"), words.words("i dont know"));
    }

    @Test
    void possessivesLoseTheirEnding() {
        assertEquals(List.of("my", "partner", "friends"), words.words("my partner's friends"));
    }

    @Test
    void clausesEndAtPunctuationAndAtButSoEachIsJudgedAlone() {
        assertEquals(List.of(List.of("he", "does", "not", "hit", "me"), List.of("he", "threatens", "me")),
                words.clauses("he doesn't hit me but he threatens me"));
        assertEquals(List.of(List.of("i", "am", "fine"), List.of("really")), words.clauses("I'm fine. Really?"));
    }

    @Test
    void nothingSaidIsNoWords() {
        assertEquals(List.of(), words.words(null));
        assertEquals(List.of(), words.clauses("  ?! "));
    }
}
