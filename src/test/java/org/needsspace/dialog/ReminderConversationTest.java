package org.needsspace.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.needsspace.alexa.turn.Speech;
import org.needsspace.alexaapi.FakeAlexaApi;
import org.needsspace.alexaapi.JdkHttpApiClient;
import org.needsspace.alexaapi.ReminderApi;
import org.needsspace.domain.DailyReminder;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.testing.MutableClock;

/** The daily reminder set, changed, said, stopped and forgotten by voice, against a fake of Alexa's APIs. */
class ReminderConversationTest {

    private static final Clock NOON_UTC = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    private static final String LONDON = "echo-in-london";
    private static final String LOS_ANGELES = "echo-in-los-angeles";

    private FakeAlexaApi alexa;
    private ReminderApi api;
    private ReminderApi impatientApi;
    private final InMemoryProgressStore store = new InMemoryProgressStore();

    @BeforeEach
    void start() throws Exception {
        alexa = new FakeAlexaApi().device(LONDON, "Europe/London").device(LOS_ANGELES, "America/Los_Angeles");
        api = new ReminderApi(new JdkHttpApiClient(ReminderApi.CONNECT_TIMEOUT, Duration.ofSeconds(3)));
        // For calls that are meant to fail: a hanging API gives up quickly.
        impatientApi = new ReminderApi(new JdkHttpApiClient(Duration.ofMillis(300), Duration.ofMillis(300)));
    }

    @AfterEach
    void stop() {
        alexa.close();
    }

    private ReminderDialog user(String name, String device) {
        return new ReminderDialog(alexa, api, store, NOON_UTC, name, device).withPermission(true);
    }

    private ReminderDialog samOn(String device, Clock clock) {
        return new ReminderDialog(alexa, api, store, clock, "sam", device).withPermission(true);
    }

    private ReminderDialog sam() {
        return user("sam", LONDON);
    }

    /** Sam again, on a skill whose calls to Alexa give up after 300 ms. */
    private ReminderDialog samWhileAlexaFails(FakeAlexaApi.Mode mode) {
        alexa.answer(mode);
        return new ReminderDialog(alexa, impatientApi, store, NOON_UTC, "sam", LONDON).withPermission(true);
    }

    private JsonNode onlyReminder() {
        assertEquals(1, alexa.reminders().size(), "one reminder per user: " + alexa.reminders().keySet());
        return alexa.reminders().values().iterator().next();
    }

    @Test
    void aReminderSetWithATimeRingsDailyAtThatTime() {
        ReminderDialog dialog = sam().opensTheSkill()
                .says("remind me to take care of myself every evening at eight")
                .hears("I'll remind you every day at 8:00 PM").sessionStaysOpen();

        DailyReminder kept = dialog.progress().reminder();
        assertEquals(LocalTime.of(20, 0), kept.time());
        assertTrue(alexa.reminders().containsKey(kept.id()), "the id Alexa gave is kept");
        assertEquals(List.of(), alexa.problems());
        assertEquals("Time for a moment for yourself. Say 'Alexa, open Partner Space Coach' for a short exercise.",
                onlyReminder().path("alertInfo").path("spokenInfo").path("content").get(0).path("text").asText());
    }

    @Test
    void aMissingTimeIsAskedFor() {
        ReminderDialog dialog = sam().opensTheSkill().says("set a daily self care reminder")
                .hears("What time works for you?").sessionStaysOpen();
        assertTrue(alexa.reminders().isEmpty());

        dialog.says("eight in the evening").hears("every day at 8:00 PM");
        assertEquals(LocalTime.of(20, 0), dialog.progress().reminder().time());
    }

    @ParameterizedTest(name = "\"{0}\" rings at {1}")
    @CsvSource({"remind me every morning, 08:00", "remind me every evening, 20:00", "remind me every night, 21:30"})
    void partsOfTheDayMapToTimesTheAnswerSays(String words, String time) {
        ReminderDialog dialog = sam().opensTheSkill().says(words);
        assertEquals(LocalTime.parse(time), dialog.progress().reminder().time());
        dialog.hears("every day at " + LocalTime.parse(time).format(java.time.format.DateTimeFormatter.ofPattern(
                "h:mm a", java.util.Locale.US)));
    }

    @Test
    void aTimeSaidOutsideTheQuestionIsNotTakenForAReminder() {
        sam().opensTheSkill().says("eight in the evening").doesNotHear("remind");
        assertTrue(alexa.reminders().isEmpty());
    }

    @Test
    void wordsATimeSlotTookOutOfContextAreAnsweredAsWordsNotLost() {
        sam().opensTheSkill().sendsIntent(com.amazon.ask.model.Intent.builder().withName("TimeOfDayIntent")
                        .putSlotsItem("Time", com.amazon.ask.model.Slot.builder().withName("Time")
                                .withValue("thank you so much").build()).build())
                .doesNotHear("What would you like to do? You can say next");
        assertTrue(alexa.calls().isEmpty());
    }

    @ParameterizedTest(name = "{0} at eight in the evening rings at 20:00 in {1}")
    @CsvSource({"echo-in-london, Europe/London", "echo-in-los-angeles, America/Los_Angeles"})
    void theReminderRingsInTheDevicesOwnTimeZone(String device, String zone) {
        user("traveller", device).opensTheSkill().says("remind me every day at eight in the evening")
                .hears("8:00 PM");

        JsonNode trigger = onlyReminder().path("trigger");
        assertEquals(zone, trigger.path("timeZoneId").asText());
        assertEquals("FREQ=DAILY;BYHOUR=20;BYMINUTE=0;BYSECOND=0;INTERVAL=1;",
                trigger.path("recurrence").path("recurrenceRules").get(0).asText());
        assertTrue(trigger.path("recurrence").path("startDateTime").asText().contains("T20:00"), trigger.toString());
        assertEquals(List.of(), alexa.problems());
    }

    @Test
    void withoutThePermissionAlexaAsksByVoiceAndAcceptedSetsTheReminder() {
        ReminderDialog dialog = sam().withPermission(false).opensTheSkill().says("remind me every evening")
                .asksForThePermissionByVoice();
        assertTrue(alexa.reminders().isEmpty(), "nothing is set before the user grants it");

        dialog.alexaAnswersThePermissionRequest("ACCEPTED").hears("every day at 8:00 PM").sessionStaysOpen();
        assertEquals(LocalTime.of(20, 0), dialog.progress().reminder().time());
        assertEquals(1, alexa.reminders().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DENIED", "NOT_ANSWERED"})
    void deniedOrNotAnsweredSaysHowToGrantItAndKeepsTheSession(String status) {
        ReminderDialog dialog = sam().withPermission(false).opensTheSkill().says("remind me every evening")
                .alexaAnswersThePermissionRequest(status)
                .hears("Alexa app").sendsTheConsentCard().sessionStaysOpen();
        assertTrue(alexa.reminders().isEmpty());
        assertFalse(dialog.progress().reminder().exists());
        dialog.says("what time is my reminder").hears("You don't have a daily reminder");
    }

    @Test
    void aPermissionRevokedSinceIsAskedForAgainByVoiceNotApologisedFor() {
        alexa.answer(FakeAlexaApi.Mode.UNAUTHORIZED);
        sam().opensTheSkill().says("remind me every evening").asksForThePermissionByVoice().doesNotHear("Sorry");
    }

    @Test
    void refusedAgainRightAfterAlexaAskedGivesTheConsentCard() {
        ReminderDialog dialog = sam().withPermission(false).opensTheSkill().says("remind me every evening");
        alexa.answer(FakeAlexaApi.Mode.UNAUTHORIZED);
        dialog.alexaAnswersThePermissionRequest("ACCEPTED").sendsTheConsentCard().sessionStaysOpen();
    }

    @Test
    void changingTheTimeChangesTheOneReminder() {
        ReminderDialog dialog = sam().opensTheSkill().says("remind me every evening at eight");
        String id = dialog.progress().reminder().id();

        dialog.says("change my reminder to nine pm").hears("every day at 9:00 PM");
        assertEquals(new DailyReminder(id, LocalTime.of(21, 0), false, NOON_UTC.instant()), dialog.progress().reminder());
        assertTrue(onlyReminder().path("trigger").path("recurrence").path("recurrenceRules").get(0).asText()
                .contains("BYHOUR=21;"));

        dialog.says("remind me every morning").hears("8:00 AM");
        assertEquals(id, dialog.progress().reminder().id(), "setting again changes it");
        assertEquals(1, alexa.reminders().size());
    }

    @Test
    void changeWithoutATimeAsksForIt() {
        sam().opensTheSkill().says("remind me every evening at eight").says("change my reminder")
                .hears("What time works for you?").says("at nine thirty pm").hears("9:30 PM");
    }

    @Test
    void aReminderDeletedInTheAlexaAppIsMadeAfreshWhenChanged() {
        ReminderDialog dialog = sam().opensTheSkill().says("remind me every evening at eight");
        String old = dialog.progress().reminder().id();
        alexa.deletedInTheAlexaApp(old);

        dialog.says("change my reminder to nine pm").hears("every day at 9:00 PM");
        String renewed = dialog.progress().reminder().id();
        assertFalse(renewed.equals(old), "a new reminder");
        assertEquals(List.of(renewed), List.copyOf(alexa.reminders().keySet()));
    }

    @Test
    void theReminderTimeIsSaidBack() {
        sam().opensTheSkill().says("remind me every evening at eight").says("what time is my reminder")
                .hears("Your daily reminder rings every day at 8:00 PM");
    }

    @Test
    void withoutAReminderAskingForItsTimeOffersOne() {
        sam().opensTheSkill().says("what time is my reminder").hears("Would you like one?")
                .says("yes").hears("What time works for you?")
                .says("at eight pm").hears("8:00 PM");
        assertEquals(1, alexa.reminders().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancel my reminder", "stop my reminders", "turn off my reminder"})
    void cancellingDeletesTheReminderAtAlexaAndInTheRecord(String words) {
        ReminderDialog dialog = sam().opensTheSkill().says("remind me every evening at eight");
        dialog.says(words).hears("your daily reminder is off");
        assertTrue(alexa.reminders().isEmpty());
        assertFalse(dialog.progress().reminder().exists());
        dialog.says(words).hears("nothing to stop");
    }

    @Test
    void settingChangingAndCancellingAreDatedByTheTurnsClock() {
        MutableClock clock = new MutableClock(NOON_UTC.instant());
        ReminderDialog dialog = samOn(LONDON, clock).opensTheSkill().says("remind me every evening at eight");
        assertEquals(NOON_UTC.instant(), dialog.progress().reminder().changedAt());

        clock.advance(Duration.ofMinutes(1));
        dialog.says("change my reminder to nine pm").hears("9:00 PM");
        assertEquals(NOON_UTC.instant().plusSeconds(60), dialog.progress().reminder().changedAt());

        clock.advance(Duration.ofMinutes(1));
        dialog.says("cancel my reminder").hears("your daily reminder is off");
        assertEquals(DailyReminder.NONE.cleared(NOON_UTC.instant().plusSeconds(120)), dialog.progress().reminder());
    }

    @Test
    void aReminderCancelledOnOneDeviceIsNotBroughtBackByAnotherDevicesLaterWrite() {
        MutableClock clock = new MutableClock(NOON_UTC.instant());
        ReminderDialog kitchen = samOn(LONDON, clock).opensTheSkill().says("remind me every evening at eight");
        clock.advance(Duration.ofMinutes(1));
        ReminderDialog bedroom = samOn(LOS_ANGELES, clock).opensTheSkill();

        clock.advance(Duration.ofMinutes(1));
        kitchen.says("cancel my reminder").hears("your daily reminder is off");
        clock.advance(Duration.ofMinutes(1));
        bedroom.says("give me a self care idea");

        assertTrue(alexa.reminders().isEmpty());
        assertFalse(bedroom.progress().reminder().exists(), "the record claims " + bedroom.progress().reminder());
        assertFalse(bedroom.progress().heardPrompts().isEmpty(), "the other device's write is kept");
    }

    @Test
    void aReminderSetOnAnotherDeviceIsNotErasedByASessionThatNeverTouchedIt() {
        MutableClock clock = new MutableClock(NOON_UTC.instant());
        ReminderDialog kitchen = samOn(LONDON, clock).opensTheSkill().says("give me a self care idea");
        ReminderDialog bedroom = samOn(LOS_ANGELES, clock).opensTheSkill();

        clock.advance(Duration.ofMinutes(1));
        bedroom.says("remind me every evening at eight").hears("8:00 PM");
        clock.advance(Duration.ofMinutes(1));
        kitchen.says("give me another self care idea");

        assertEquals(List.copyOf(alexa.reminders().keySet()), List.of(kitchen.progress().reminder().id()));
    }

    @Test
    void aReminderDeletedByForgetMeIsNotBroughtBackByAnotherDevicesOlderRecord() {
        MutableClock clock = new MutableClock(NOON_UTC.instant());
        ReminderDialog kitchen = samOn(LONDON, clock).opensTheSkill().says("remind me every evening at eight");
        ReminderDialog bedroom = samOn(LOS_ANGELES, clock).opensTheSkill();

        clock.advance(Duration.ofMinutes(1));
        kitchen.says("forget me").says("yes").hears("I've deleted your progress");
        clock.advance(Duration.ofMinutes(1));
        // The in-memory store forgets, so this late write from the old record comes back as the record...
        bedroom.says("give me a self care idea");
        clock.advance(Duration.ofMinutes(1));
        // ...until the device that deleted the reminder writes again.
        kitchen.says("give me a self care idea");

        assertTrue(alexa.reminders().isEmpty());
        assertFalse(kitchen.progress().reminder().exists(), "the record claims " + kitchen.progress().reminder());
    }

    @Test
    void forgetMeDeletesTheReminderToo() {
        ReminderDialog dialog = sam().opensTheSkill().says("remind me every evening at eight");
        dialog.says("forget me").says("yes").hears("I've deleted your progress");
        assertTrue(alexa.reminders().isEmpty());
        assertEquals(java.util.Optional.empty(), store.load(org.needsspace.progress.UserKey.of("amzn1.ask.account.sam")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = FakeAlexaApi.Mode.class, names = {"TOO_MANY_REQUESTS", "SERVER_ERROR", "HANG"})
    void anApiThatIsSlowOrDownGetsAKindAnswerAndNothingHalfSaved(FakeAlexaApi.Mode mode) {
        DailyReminder before = sam().opensTheSkill().says("remind me every evening at eight").progress().reminder();
        ReminderDialog dialog = samWhileAlexaFails(mode).opensTheSkill();

        dialog.says("change my reminder to nine pm").hears("I couldn't set that just now").sessionStaysOpen();
        assertEquals(before, dialog.progress().reminder());

        dialog.says("cancel my reminder").hears("nothing has changed").sessionStaysOpen();
        assertEquals(before, dialog.progress().reminder());

        dialog.says("forget me").says("yes").hears("I haven't deleted anything").sessionStaysOpen();
        assertEquals(before, dialog.progress().reminder());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = FakeAlexaApi.Mode.class, names = {"TOO_MANY_REQUESTS", "SERVER_ERROR", "HANG"})
    void aFirstReminderThatCannotBeSetLeavesNoTrace(FakeAlexaApi.Mode mode) {
        ReminderDialog dialog = samWhileAlexaFails(mode).opensTheSkill().says("remind me every evening at eight")
                .hears("I couldn't set that just now").sessionStaysOpen();
        assertFalse(dialog.progress().reminder().exists());
    }

    @Test
    void theReminderLimitIsExplained() {
        alexa.answer(FakeAlexaApi.Mode.MAX_REMINDERS);
        ReminderDialog dialog = sam().opensTheSkill().says("remind me every evening at eight")
                .hears("as many reminders as Alexa allows").sessionStaysOpen();
        assertFalse(dialog.progress().reminder().exists());
    }

    @Test
    void yesToTheOfferAfterAnExerciseAsksTheTimeAndSetsIt() {
        ReminderDialog dialog = sam().opensTheSkill().says("give me a self care idea").says("no")
                .hears("Would you like me to remind you every day").says("yes")
                .hears("What time works for you?").says("every evening").hears("8:00 PM");
        assertEquals(LocalTime.of(20, 0), dialog.progress().reminder().time());
    }

    @ParameterizedTest
    @ValueSource(strings = {"for a breathing exercise", "give me a breathing exercise"})
    void aOneShotExerciseOfTheKindAskedForEndsInOneBreathWithAShortOffer(String words) {
        ReminderDialog dialog = sam().says(words)
                .hears("Alexa, ask Partner Space Coach to remind me every evening").sessionEnds();
        boolean breathing = org.needsspace.TestContent.CATALOG.forLocale("en-US").selfCare().stream()
                .filter(prompt -> prompt.kinds().contains("breathing"))
                .anyMatch(prompt -> dialog.spoken().contains(org.needsspace.alexa.turn.Speech.plainText(prompt.ssml())
                        .substring(0, 30)));
        assertTrue(breathing, "a breathing exercise: " + dialog.spoken());
    }

    @Test
    void aOneShotExerciseForSomeoneWithAReminderEndsWithoutTheOffer() {
        sam().opensTheSkill().says("remind me every evening at eight").says("stop");
        sam().says("give me a breathing exercise").hears("Come back any time").doesNotHear("remind me").sessionEnds();
    }
}
