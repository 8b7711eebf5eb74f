package org.needsspace.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.domain.DailyReminder;
import org.needsspace.domain.Progress;

/** The daily reminder's id and time, and a declined offer, are kept in the progress file like the rest. */
class ReminderInProgressRecordTest {

    private static final UserKey USER = UserKey.of("amzn1.ask.account.reminder-file");

    @TempDir
    Path folder;

    @Test
    void theReminderSurvivesTheProgressFile() {
        FileProgressStore store = new FileProgressStore(folder.resolve("progress.json"));
        Progress progress = new Progress("active-listening", Set.of("active-listening"), Set.of(), true,
                Instant.parse("2026-11-28T20:00:00Z"), null, 0,
                new DailyReminder("amzn1.alert.reminder.1", LocalTime.of(20, 0), false));
        store.save(USER, progress);

        Progress loaded = new FileProgressStore(folder.resolve("progress.json")).load(USER).orElseThrow();

        assertEquals(progress.reminder(), loaded.reminder());
    }

    @Test
    void aDeclinedOfferIsKeptWithoutAReminder() {
        FileProgressStore store = new FileProgressStore(folder.resolve("progress.json"));
        store.save(USER, Progress.newUser().withReminder(DailyReminder.NONE.withOfferDeclined()));

        assertEquals(true, store.load(USER).orElseThrow().reminder().offerDeclined());
    }

    @Test
    void aFileWrittenBeforeRemindersReadsAsNoReminder() throws Exception {
        Path file = folder.resolve("progress.json");
        Files.writeString(file, "{\"" + USER.value() + "\": {\"sectionId\": null, \"heardSections\": [],"
                + " \"heardPrompts\": [], \"visited\": true, \"lastVisit\": \"2026-11-28T20:00:00Z\","
                + " \"placeChangedAt\": null, \"version\": 3}}");

        Progress loaded = new FileProgressStore(file).load(USER).orElseThrow();

        assertEquals(DailyReminder.NONE, loaded.reminder());
        assertEquals(3, loaded.version());
    }
}
