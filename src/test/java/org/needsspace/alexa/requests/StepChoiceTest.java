package org.needsspace.alexa.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.needsspace.TestContent;

class StepChoiceTest {

    private final List<String> words = TestContent.english().numberWords();

    private StepChoice choice(String number, String ordinal) {
        return StepChoice.from(Arrays.asList(number, ordinal), words);
    }

    @Test
    void readsDigitsOrdinalsAndWords() {
        assertEquals(Optional.of(3), choice("3", null).number());
        assertEquals(Optional.of(4), choice(null, "4th").number());
        assertEquals(Optional.of(4), choice(null, "4").number());
        assertEquals(Optional.of(6), choice("six", null).number());
        assertEquals(Optional.of(-1), choice("-1", null).number());
    }

    @Test
    void aDecimalIsHeardButIsNoStep() {
        StepChoice choice = choice("3.5", null);
        assertTrue(choice.number().isEmpty());
        assertEquals("3.5", choice.spoken());
        assertTrue(!choice.isMissing());
    }

    @Test
    void nothingUsableIsMissing() {
        assertTrue(choice(null, null).isMissing());
        assertTrue(choice("?", "?").isMissing());
        assertTrue(choice("banana", null).isMissing());
        assertTrue(choice("12345678901234567890", null).isMissing(), "too long to be a step number");
    }
}
