package org.needsspace.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.needsspace.domain.DailyReminder;
import org.needsspace.domain.Progress;

class ProgressCodecTest {

    private static final Instant VISIT = Instant.parse("2026-11-28T14:05:09.123Z");
    private static final Instant MOVED = Instant.parse("2026-11-28T14:06:00Z");
    private static final Instant CHANGED = Instant.parse("2026-11-28T14:07:30.250Z");
    private static final Progress PROGRESS = new Progress("active-listening", Set.of("communicate", "active-listening"),
            Set.of("box-breathing"), true, VISIT, MOVED, 7);

    @Test
    void instantsTravelAsEpochMilliseconds() {
        Map<String, Object> encoded = ProgressCodec.encode(PROGRESS);
        assertEquals(VISIT.toEpochMilli(), encoded.get("lastVisit"));
        assertEquals(MOVED.toEpochMilli(), encoded.get("placeChangedAt"));
    }

    @Test
    void progressComesBackUnchangedThroughTheJsonAlexaSendsBack() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String sent = json.writeValueAsString(ProgressCodec.encode(PROGRESS));
        Map<String, Object> returned = json.readValue(sent, new TypeReference<>() { });
        assertEquals(Optional.of(PROGRESS), ProgressCodec.decode(returned));
    }

    @Test
    void smallEpochValuesParsedAsIntegersStillRead() {
        Map<String, Object> encoded = new HashMap<>(ProgressCodec.encode(PROGRESS));
        encoded.put("lastVisit", 5_000);
        assertEquals(Instant.ofEpochMilli(5_000), ProgressCodec.decode(encoded).orElseThrow().lastVisit());
    }

    @Test
    void aTimestampOfAnyOtherShapeReadsAsNoProgress() {
        for (Object bad : List.of(1.5e12, "yesterday", List.of(1), true)) {
            Map<String, Object> encoded = new HashMap<>(ProgressCodec.encode(PROGRESS));
            encoded.put("placeChangedAt", bad);
            assertEquals(Optional.empty(), ProgressCodec.decode(encoded), "placeChangedAt " + bad);
        }
    }

    @Test
    void theReminderComesBackThroughTheSession() throws Exception {
        Progress withReminder = PROGRESS.withReminder(new DailyReminder("amzn1.alert.reminder.9", LocalTime.of(21, 30),
                true, CHANGED));
        ObjectMapper json = new ObjectMapper();
        String sent = json.writeValueAsString(ProgressCodec.encode(withReminder));
        Map<String, Object> returned = json.readValue(sent, new TypeReference<>() { });
        assertEquals(Optional.of(withReminder), ProgressCodec.decode(returned));
    }

    @Test
    void theReminderChangeTimeTravelsAsEpochMillisecondsAndAnUnknownOneAsNull() {
        DailyReminder cancelled = DailyReminder.NONE.cleared(CHANGED);

        Map<?, ?> encoded = (Map<?, ?>) ProgressCodec.encode(PROGRESS.withReminder(cancelled)).get("reminder");

        assertEquals(CHANGED.toEpochMilli(), encoded.get("changedAt"));
        assertEquals(cancelled, ProgressCodec.decode(ProgressCodec.encode(PROGRESS.withReminder(cancelled)))
                .orElseThrow().reminder(), "a cancel is kept, not read as no reminder ever");
        DailyReminder undated = new DailyReminder("amzn1.alert.reminder.9", LocalTime.of(21, 30), false);
        assertEquals(undated, ProgressCodec.decode(ProgressCodec.encode(PROGRESS.withReminder(undated)))
                .orElseThrow().reminder());
    }

    @Test
    void sessionAttributesWrittenBeforeChangeTimesReadAsAnUnknownChange() {
        Map<String, Object> encoded = new HashMap<>(ProgressCodec.encode(PROGRESS));
        encoded.put("reminder", Map.of("id", "amzn1.alert.reminder.9", "time", "21:30", "offerDeclined", false));

        DailyReminder read = ProgressCodec.decode(encoded).orElseThrow().reminder();

        assertEquals(new DailyReminder("amzn1.alert.reminder.9", LocalTime.of(21, 30), false), read);
        assertNull(read.changedAt());
    }

    @Test
    void aReminderChangeTimeOfAnyOtherShapeReadsAsNoProgress() {
        for (Object bad : List.of(1.5e12, "last tuesday", List.of(1), true)) {
            Map<String, Object> encoded = new HashMap<>(ProgressCodec.encode(PROGRESS));
            Map<String, Object> reminder = new HashMap<>(Map.of("id", "amzn1.alert.reminder.9", "time", "21:30"));
            reminder.put("changedAt", bad);
            encoded.put("reminder", reminder);
            assertEquals(Optional.empty(), ProgressCodec.decode(encoded), "changedAt " + bad);
        }
    }

    @Test
    void aMalformedReminderMakesTheProgressAbsent() {
        Map<String, Object> encoded = new HashMap<>(ProgressCodec.encode(PROGRESS));
        encoded.put("reminder", Map.of("id", 42, "time", "20:00"));
        assertEquals(Optional.empty(), ProgressCodec.decode(encoded));
    }
}
