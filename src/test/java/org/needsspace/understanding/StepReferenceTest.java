package org.needsspace.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepReferenceTest {

    private final StepReference steps = new StepReference(Set.of("step", "part", "number"),
            Map.of("one", 1, "three", 3, "3", 3, "nine", 9), Map.of("first", 1, "third", 3, "last", 6));

    @ParameterizedTest(name = "\"{0}\" names step {1}")
    @CsvSource({
            "can we go to step three please, 3",
            "step 3, 3",
            "read me the third part, 3",
            "the first one, 1",
            "let's do number three, 3",
            "step number three, 3",
            "take me to the last step, 6",
            "go to step nine, 9",
            "go back to the last step, 0",
            "tell me about listening, 0",
    })
    void findsAStepByNumberOrOrdinal(String said, int step) {
        assertEquals(step == 0 ? Optional.empty() : Optional.of(step), steps.find(List.of(said.split(" "))));
    }
}
