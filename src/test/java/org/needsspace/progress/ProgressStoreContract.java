package org.needsspace.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.needsspace.domain.DailyReminder;
import org.needsspace.domain.Progress;
import org.needsspace.domain.Section;

/**
 * What every {@link ProgressStore} does, written once: each adapter's test class extends this (or
 * {@link DurableProgressStoreContract}) and says how to open a new, empty store.
 */
public abstract class ProgressStoreContract {

    protected static final Instant T0 = Instant.parse("2030-03-01T10:00:00Z");
    protected static final UserKey USER = UserKey.of("amzn1.ask.account.contract-user");
    protected static final UserKey OTHER_USER = UserKey.of("amzn1.ask.account.contract-other");

    protected ProgressStore store;

    /** A new, empty store for this test alone; {@code testName} tells tests apart where storage is shared. */
    protected abstract ProgressStore openNewStore(String testName) throws Exception;

    @BeforeEach
    void openStore(TestInfo test) throws Exception {
        store = openNewStore(test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aUserNeverStoredLoadsAsEmpty() {
        assertEquals(Optional.empty(), store.load(USER));
    }

    @Test
    void whatIsSavedLoadsBackWithItsNewVersionAndTheOrderOfWhatWasHeard() {
        Progress progress = new Progress("active-listening", orderedSet("initiating-the-conversation", "active-listening"),
                orderedSet("walk", "breathe", "journal"), true, T0, T0.plusSeconds(5), 0);

        Progress saved = store.save(USER, progress);

        assertEquals(1, saved.version());
        assertEquals(Optional.of(saved), store.load(USER));
        assertEquals(List.of("walk", "breathe", "journal"), List.copyOf(store.load(USER).orElseThrow().heardPrompts()));
        Progress savedAgain = store.save(USER, saved.withHeardPrompts(orderedSet("walk")));
        assertEquals(2, savedAgain.version());
        assertEquals(Optional.of(savedAgain), store.load(USER));
    }

    @Test
    void theDailyReminderAndADeclinedOfferLoadBackAsSaved() {
        Progress withReminder = Progress.newUser().visitedAt(T0)
                .withReminder(new DailyReminder("amzn1.alert.reminder.contract", LocalTime.of(20, 0), false));
        Progress declined = Progress.newUser().visitedAt(T0).withReminder(DailyReminder.NONE.withOfferDeclined());

        Progress savedReminder = store.save(USER, withReminder);
        Progress savedDeclined = store.save(OTHER_USER, declined);

        assertEquals(withReminder.reminder(), store.load(USER).orElseThrow().reminder());
        assertEquals(Optional.of(savedReminder), store.load(USER));
        assertEquals(true, store.load(OTHER_USER).orElseThrow().reminder().offerDeclined());
        assertEquals(Optional.of(savedDeclined), store.load(OTHER_USER));
    }

    @Test
    void theReminderChangeTimeLoadsBackAsSaved() {
        Progress withReminder = Progress.newUser().visitedAt(T0)
                .withReminder(DailyReminder.NONE.setTo("amzn1.alert.reminder.contract", LocalTime.of(20, 0), T0));

        Progress saved = store.save(USER, withReminder);

        assertEquals(T0, store.load(USER).orElseThrow().reminder().changedAt());
        assertEquals(Optional.of(saved), store.load(USER));
    }

    @Test
    void aReminderCancelledWhileAnotherDeviceWroteStaysCancelled() {
        Progress base = store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0,
                DailyReminder.NONE.setTo("amzn1.alert.reminder.contract", LocalTime.of(20, 0), T0)));
        Progress otherDevice = base.movedTo(new Section("s2", "Two", "text"), T0.plusSeconds(10));
        Progress cancelledHere = base.withReminder(base.reminder().cleared(T0.plusSeconds(20)));

        store.save(USER, otherDevice);
        Progress result = store.save(USER, cancelledHere);

        Progress stored = store.load(USER).orElseThrow();
        assertEquals(Optional.of(result), Optional.of(stored));
        assertEquals(false, stored.reminder().exists(), "Alexa no longer has it: " + stored.reminder());
        assertEquals(T0.plusSeconds(20), stored.reminder().changedAt());
        assertEquals("s2", stored.sectionId(), "the other device's write is kept");
        assertEquals(base.version() + 2, stored.version());
    }

    @Test
    void aReminderSetOnAnotherDeviceSurvivesASessionThatNeverTouchedIt() {
        Progress base = store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));
        DailyReminder setElsewhere = DailyReminder.NONE.setTo("amzn1.alert.reminder.elsewhere", LocalTime.of(7, 30),
                T0.plusSeconds(10));
        Progress movedHere = base.movedTo(new Section("s3", "Three", "text"), T0.plusSeconds(20));

        store.save(USER, base.withReminder(setElsewhere));
        store.save(USER, movedHere);

        Progress stored = store.load(USER).orElseThrow();
        assertEquals(setElsewhere, stored.reminder());
        assertEquals("s3", stored.sectionId());
    }

    @Test
    void aFirstVisitWithNoPlaceYetLoadsBackAsSaved() {
        Progress saved = store.save(USER, Progress.newUser().visitedAt(T0));

        assertEquals(Optional.of(saved), store.load(USER));
        assertEquals(null, saved.sectionId());
    }

    @Test
    void twoDevicesWritingFromTheSameVersionLoseNothingAndTheNewerPlaceWins() {
        Progress base = store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));
        Progress kitchen = new Progress("s2", orderedSet("s1", "s2"), orderedSet("walk"), true,
                T0.plusSeconds(10), T0.plusSeconds(10), base.version());
        Progress bedroom = new Progress("s5", orderedSet("s1", "s5"), orderedSet("breathe"), true,
                T0.plusSeconds(20), T0.plusSeconds(20), base.version());

        store.save(USER, kitchen);
        Progress result = store.save(USER, bedroom);

        Progress stored = store.load(USER).orElseThrow();
        assertEquals(result, stored);
        assertEquals("s5", stored.sectionId());
        assertEquals(Set.of("s1", "s2", "s5"), stored.heardSections());
        assertEquals(Set.of("walk", "breathe"), stored.heardPrompts());
        assertEquals(base.version() + 2, stored.version());
    }

    @Test
    void anOlderPlaceWrittenLateDoesNotMoveTheUserBack() {
        Progress base = store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));
        store.save(USER, new Progress("s6", orderedSet("s1", "s6"), Set.of(), true, T0, T0.plusSeconds(30), base.version()));

        store.save(USER, new Progress("s2", orderedSet("s1", "s2"), Set.of(), true, T0, T0.plusSeconds(10), base.version()));

        Progress stored = store.load(USER).orElseThrow();
        assertEquals("s6", stored.sectionId());
        assertEquals(Set.of("s1", "s2", "s6"), stored.heardSections());
    }

    @Test
    void aNewRecordWrittenOnTwoDevicesAtOnceIsMergedToo() {
        store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));

        Progress second = store.save(USER, new Progress("s3", orderedSet("s3"), Set.of(), true, T0, T0.plusSeconds(1), 0));

        assertEquals(Set.of("s1", "s3"), second.heardSections());
        assertEquals(2, second.version());
        assertEquals(Optional.of(second), store.load(USER));
    }

    @Test
    void deleteRemovesTheRecordAndDeletingNothingIsNoError() {
        store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));

        store.delete(USER);
        store.delete(USER);

        assertEquals(Optional.empty(), store.load(USER));
    }

    @Test
    void eachUserHasARecordOfTheirOwn() {
        Progress mine = store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));
        Progress theirs = store.save(OTHER_USER, new Progress("s4", orderedSet("s4"), orderedSet("walk"), true, T0, T0, 0));

        store.delete(USER);

        assertEquals(Optional.empty(), store.load(USER));
        assertEquals(Optional.of(theirs), store.load(OTHER_USER));
        assertEquals(1, mine.version());
    }

    protected static Set<String> orderedSet(String... ids) {
        return new LinkedHashSet<>(List.of(ids));
    }
}
