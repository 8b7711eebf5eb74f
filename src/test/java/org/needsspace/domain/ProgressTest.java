package org.needsspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final Section ONE = new Section("one", "One", "text one");
    private static final Section TWO = new Section("two", "Two", "text two");
    private static final Instant EARLY = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant LATE = Instant.parse("2026-01-01T11:00:00Z");

    @Test
    void aNewUserHasNotStartedOrVisited() {
        Progress progress = Progress.newUser();
        assertFalse(progress.hasStarted());
        assertFalse(progress.visited());
        assertEquals(0, progress.version());
    }

    @Test
    void movingRecordsThePlaceAndWhatWasHeard() {
        Progress progress = Progress.newUser().movedTo(ONE, EARLY).movedTo(TWO, LATE);
        assertEquals("two", progress.sectionId());
        assertEquals(Set.of("one", "two"), progress.heardSections());
        assertEquals(LATE, progress.placeChangedAt());
    }

    @Test
    void movingToTheSectionAlreadyHeardChangesNothing() {
        Progress progress = Progress.newUser().movedTo(ONE, EARLY);
        assertSame(progress, progress.movedTo(ONE, LATE));
    }

    @Test
    void mergingKeepsTheNewerPlaceAndEverythingHeardOnEitherDevice() {
        Progress phone = Progress.newUser().movedTo(ONE, LATE).withHeardPrompts(Set.of("breathe"));
        Progress speaker = Progress.newUser().movedTo(TWO, EARLY).withHeardPrompts(Set.of("walk")).withVersion(3);
        Progress merged = phone.mergedWith(speaker);
        assertEquals("one", merged.sectionId(), "the place that moved last wins");
        assertEquals(Set.of("one", "two"), merged.heardSections());
        assertEquals(Set.of("breathe", "walk"), merged.heardPrompts());
        assertEquals(3, merged.version(), "the version is the stored one");

        Progress other = speaker.mergedWith(phone.withVersion(4));
        assertEquals("one", other.sectionId());
        assertEquals(4, other.version());
    }

    @Test
    void sameStateIgnoresTheVersionOnly() {
        Progress progress = Progress.newUser().movedTo(ONE, EARLY);
        assertTrue(progress.sameStateAs(progress.withVersion(9)));
        assertTrue(progress.sameStateAs(new Progress(progress.sectionId(), new java.util.HashSet<>(progress.heardSections()),
                Set.of(), false, null, EARLY, 2)), "equal contents, another set");
        assertFalse(progress.sameStateAs(progress.movedTo(TWO, EARLY)), "place");
        assertFalse(progress.sameStateAs(progress.visitedAt(LATE)), "visited and last visit");
        assertFalse(progress.sameStateAs(progress.withHeardPrompts(Set.of("breathe"))), "prompts heard");
        assertFalse(progress.sameStateAs(new Progress("one", Set.of("one"), Set.of(), false, null, LATE, 0)),
                "when the place changed");
        assertFalse(progress.sameStateAs(new Progress("one", Set.of("one"), Set.of(), true, null, EARLY, 0)), "visited");
        assertFalse(progress.sameStateAs(new Progress("one", Set.of("one"), Set.of(), false, EARLY, EARLY, 0)),
                "last visit");
        assertFalse(progress.sameStateAs(new Progress("one", Set.of("one", "two"), Set.of(), false, null, EARLY, 0)),
                "sections heard");
    }
}
