package org.needsspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SelfCareRotationTest {

    private final SelfCareRotation rotation = new SelfCareRotation(IntStream.range(0, 5)
            .mapToObj(i -> new SelfCarePrompt("p" + i, List.of(i < 2 ? "breathing" : "movement"), "prompt " + i, List.of()))
            .toList());

    @Test
    void noPromptRepeatsUntilAllHaveBeenHeard() {
        Random random = new Random(7);
        Set<String> heard = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            SelfCareRotation.Pick pick = rotation.pick(heard, random);
            assertTrue(seen.add(pick.prompt().id()), "repeated " + pick.prompt().id());
            heard = pick.heardAfter();
        }
        assertEquals(5, heard.size());
    }

    @Test
    void aNewRoundStartsWhenAllAreHeardAndDoesNotOpenWithTheLastOne() {
        List<String> order = List.of("p3", "p1", "p4", "p0", "p2");
        for (int seed = 0; seed < 50; seed++) {
            SelfCareRotation.Pick pick = rotation.pick(new LinkedHashSet<>(order), new Random(seed));
            assertNotEquals("p2", pick.prompt().id());
            assertEquals(Set.of(pick.prompt().id()), pick.heardAfter(), "the new round holds only the new prompt");
        }
    }

    @Test
    void aKindAskedForGivesOnlyPromptsOfThatKind() {
        for (int seed = 0; seed < 20; seed++) {
            SelfCareRotation.Pick pick = rotation.pick(new LinkedHashSet<>(), new Random(seed), "breathing");
            assertTrue(pick.prompt().isOfKind("breathing"), pick.prompt().id());
        }
    }

    @Test
    void anotherOfTheSameKindIsADifferentOneEvenWhenTheKindIsUsedUp() {
        SelfCareRotation.Pick first = rotation.pick(new LinkedHashSet<>(List.of("p2")), new Random(1), "breathing");
        SelfCareRotation.Pick second = rotation.pick(first.heardAfter(), new Random(1), "breathing");
        SelfCareRotation.Pick third = rotation.pick(second.heardAfter(), new Random(1), "breathing");
        assertNotEquals(first.prompt().id(), second.prompt().id());
        assertNotEquals(second.prompt().id(), third.prompt().id(), "a new round of the kind does not open with the last one");
        assertTrue(third.heardAfter().contains("p2"), "prompts of other kinds stay heard");
    }

    @Test
    void aKindNoPromptHasFallsBackToAnyPrompt() {
        assertTrue(rotation.pick(new LinkedHashSet<>(), new Random(3), "astrology").prompt().id().startsWith("p"));
    }
}
