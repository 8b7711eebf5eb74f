package org.needsspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
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

    private static final DailyReminder EIGHT_PM = new DailyReminder("amzn1.alert.reminder.8pm", LocalTime.of(20, 0), false);
    private static final Instant SET = Instant.parse("2026-01-01T09:00:00Z");

    @Test
    void aReminderCancelledHereStaysCancelledWhenAnotherDeviceWroteMeanwhile() {
        Progress loaded = Progress.newUser().withReminder(eightPmSetFirst()).withVersion(2);
        Progress cancelledHere = loaded.withReminder(loaded.reminder().cleared(LATE));
        Progress otherDeviceMoved = loaded.movedTo(ONE, EARLY).withVersion(3);

        Progress merged = cancelledHere.mergedWith(otherDeviceMoved);

        assertFalse(merged.reminder().exists(), "the reminder no longer exists at Alexa");
        assertEquals(LATE, merged.reminder().changedAt());
        assertEquals("one", merged.sectionId(), "the other device's move is kept");
        assertEquals(3, merged.version());
    }

    @Test
    void aReminderSetOnAnotherDeviceSurvivesASessionThatNeverTouchedIt() {
        Progress loaded = Progress.newUser().withVersion(2);
        Progress setElsewhere = loaded.withReminder(loaded.reminder().setTo("amzn1.alert.reminder.new", LocalTime.of(7, 0),
                EARLY)).withVersion(3);
        Progress movedHere = loaded.movedTo(TWO, LATE);

        Progress merged = movedHere.mergedWith(setElsewhere);

        assertEquals(setElsewhere.reminder(), merged.reminder());
        assertEquals("two", merged.sectionId());
    }

    @Test
    void theReminderChangedLastWinsWhicheverRecordItIsIn() {
        DailyReminder earlier = eightPmSetFirst();
        DailyReminder later = earlier.setTo("amzn1.alert.reminder.later", LocalTime.of(21, 0), LATE);
        Progress withEarlier = Progress.newUser().withReminder(earlier);
        Progress withLater = Progress.newUser().withReminder(later);

        assertEquals(later, withEarlier.mergedWith(withLater).reminder(), "stored is newer");
        assertEquals(later, withLater.mergedWith(withEarlier).reminder(), "session is newer");
        DailyReminder cancelledEarly = earlier.cleared(EARLY);
        assertEquals(later, Progress.newUser().withReminder(cancelledEarly).mergedWith(withLater).reminder(),
                "a reminder set after another device cancelled is the one Alexa has");
    }

    @Test
    void aKnownChangeIsNewerThanAnUnknownOne() {
        Progress oldRecord = Progress.newUser().withReminder(EIGHT_PM);
        Progress cancelled = oldRecord.withReminder(EIGHT_PM.cleared(EARLY));

        assertFalse(cancelled.mergedWith(oldRecord).reminder().exists());
        assertFalse(oldRecord.mergedWith(cancelled).reminder().exists());
    }

    @Test
    void withNoChangeTimeOnEitherSideTheReminderThatExistsIsKept() {
        Progress oldRecord = Progress.newUser().withReminder(EIGHT_PM);

        assertEquals(EIGHT_PM, Progress.newUser().mergedWith(oldRecord).reminder());
        assertEquals(EIGHT_PM, oldRecord.mergedWith(Progress.newUser()).reminder());
    }

    @Test
    void aDeclinedOfferStaysDeclinedWhicheverReminderWins() {
        Progress declinedHere = Progress.newUser().withReminder(DailyReminder.NONE.withOfferDeclined());
        Progress setElsewhere = Progress.newUser().withReminder(eightPmSetFirst());

        Progress merged = declinedHere.mergedWith(setElsewhere);

        assertEquals(eightPmSetFirst().withOfferDeclined(), merged.reminder());
        assertTrue(setElsewhere.mergedWith(declinedHere).reminder().offerDeclined());
        assertTrue(Progress.newUser().withReminder(DailyReminder.NONE.withOfferDeclined().cleared(LATE))
                .mergedWith(setElsewhere).reminder().offerDeclined(), "a newer cancel keeps the declined offer");
    }

    @Test
    void decliningTheOfferIsNoChangeOfTheReminder() {
        assertEquals(SET, eightPmSetFirst().withOfferDeclined().changedAt());
    }

    private static DailyReminder eightPmSetFirst() {
        return DailyReminder.NONE.setTo(EIGHT_PM.id(), EIGHT_PM.time(), SET);
    }
}
