package org.needsspace.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.needsspace.domain.DailyReminder;
import org.needsspace.domain.Progress;

class ProgressJsonTest {

    private static final Instant T0 = Instant.parse("2030-03-01T10:00:00Z");

    @Test
    void everyComponentOfTheRecordIsWrittenSoANewFieldCannotBeForgottenHere() {
        Progress progress = new Progress("s4", new LinkedHashSet<>(List.of("s1", "s4")),
                new LinkedHashSet<>(List.of("walk", "breathe")), true, T0, T0.plusSeconds(9), 3)
                .withReminder(new DailyReminder("amzn1.alert.reminder.1", LocalTime.of(20, 0), false, T0));

        String json = ProgressJson.write(progress);

        for (RecordComponent component : Progress.class.getRecordComponents()) {
            assertTrue(json.contains("\"" + component.getName() + "\""), component.getName() + " in " + json);
        }
        assertEquals(progress, ProgressJson.read(json));
    }

    @Test
    void everyComponentOfTheReminderIsWrittenAndReadBack() {
        DailyReminder reminder = new DailyReminder("amzn1.alert.reminder.1", LocalTime.of(20, 0), true,
                T0.plusMillis(250));
        Progress progress = Progress.newUser().withReminder(reminder);

        String json = ProgressJson.write(progress);

        for (RecordComponent component : DailyReminder.class.getRecordComponents()) {
            assertTrue(json.contains("\"" + component.getName() + "\""), component.getName() + " in " + json);
        }
        assertEquals(progress, ProgressJson.read(json));
    }

    @Test
    void aReminderWrittenBeforeChangeTimesReadsWithAnUnknownChange() {
        Progress read = ProgressJson.read("{\"sectionId\": null, \"heardSections\": [], \"heardPrompts\": [],"
                + " \"visited\": true, \"lastVisit\": \"2030-03-01T10:00:00Z\", \"placeChangedAt\": null,"
                + " \"version\": 2, \"reminder\": {\"id\": \"amzn1.alert.reminder.1\", \"time\": \"20:00\","
                + " \"offerDeclined\": false}}");

        assertEquals(new DailyReminder("amzn1.alert.reminder.1", LocalTime.of(20, 0), false), read.reminder());
        assertNull(read.reminder().changedAt());
    }

    @Test
    void theOrderOfWhatWasHeardIsKept() {
        Progress progress = new Progress("s4", new LinkedHashSet<>(List.of("s9", "s1", "s4")),
                new LinkedHashSet<>(List.of("walk", "breathe", "journal")), true, T0, T0, 1);

        Progress read = ProgressJson.read(ProgressJson.write(progress));

        assertEquals(List.of("s9", "s1", "s4"), List.copyOf(read.heardSections()));
        assertEquals(List.of("walk", "breathe", "journal"), List.copyOf(read.heardPrompts()));
    }

    @Test
    void textThatIsNotARecordIsAStoreError() {
        assertThrows(ProgressStoreException.class, () -> ProgressJson.read("{\"heardSections\": 7}"));
        assertThrows(ProgressStoreException.class, () -> ProgressJson.read("not json"));
    }

    @Test
    void theStoresKeepTheFormTheSessionCarries() throws Exception {
        Progress progress = new Progress("s4", new LinkedHashSet<>(List.of("s1", "s4")),
                new LinkedHashSet<>(List.of("walk")), true, T0, T0.plusSeconds(9), 3);

        String sessionForm = new ObjectMapper().writeValueAsString(ProgressCodec.encode(progress));

        assertEquals(sessionForm, ProgressJson.write(progress));
    }
}
