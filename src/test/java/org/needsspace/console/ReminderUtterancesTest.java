package org.needsspace.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Slot;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reminder phrasings reach the reminder intents, never the catch-all's carrier phrases; times read as AMAZON.TIME. */
class ReminderUtterancesTest {

    private static final UtteranceMapper MAPPER = UtteranceMapper.forLocale("en-US");

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "remind me to take care of myself every evening at eight, SetReminderIntent",
            "set a daily self care reminder, SetReminderIntent",
            "remind me every morning, SetReminderIntent",
            "I want a daily reminder, SetReminderIntent",
            "can you remind me every day, SetReminderIntent",
            "change my reminder to nine, ChangeReminderIntent",
            "move my reminder to the evening, ChangeReminderIntent",
            "what time is my reminder, ReminderTimeIntent",
            "when is my daily reminder, ReminderTimeIntent",
            "do I have a reminder, ReminderTimeIntent",
            "stop my reminders, CancelReminderIntent",
            "cancel my reminder, CancelReminderIntent",
            "I don't want reminders anymore, CancelReminderIntent",
            "eight in the evening, TimeOfDayIntent",
            "at nine thirty pm, TimeOfDayIntent",
            "every evening, TimeOfDayIntent",
            "in the morning, TimeOfDayIntent"})
    void reminderPhrasingsReachTheirIntent(String typed, String intent) {
        assertEquals(intent, MAPPER.map(typed).getName(), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"every night I cry", "I feel like every morning is hard", "at least he called",
            "eight weeks ago he left"})
    void sentencesThatOnlyMentionATimeAreNotTakenForOne(String typed) {
        String intent = MAPPER.map(typed).getName();
        assertEquals(false, List.of("TimeOfDayIntent", "SetReminderIntent").contains(intent), typed + " -> " + intent);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "remind me every day at eight in the evening, 20:00",
            "remind me every day at eight pm, 20:00",
            "remind me every day at eight thirty am, 08:30",
            "remind me every day at twelve pm, 12:00",
            "remind me every day at twelve am, 00:00",
            "remind me every day at noon, 12:00",
            "remind me every day at twenty one, 21:00",
            "remind me every day at eight, 08:00",
            "remind me every day at nine fifteen at night, 21:15"})
    void timesReadAsAlexaResolvesThem(String typed, String value) {
        assertEquals(Optional.of(value), time(MAPPER.map(typed)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"remind me every day at banana", "remind me every day at thirteen pm",
            "remind me every day at ninety nine", "remind me every day at 99999999999999"})
    void wordsThatAreNoTimeFillNoTimeSlot(String typed) {
        Intent intent = MAPPER.map(typed);
        assertEquals(false, intent.getName().equals("SetReminderIntent") && time(intent).isPresent(), typed);
    }

    private static Optional<String> time(Intent intent) {
        return Optional.ofNullable(intent.getSlots()).map(slots -> slots.get("Time")).map(Slot::getValue);
    }
}
