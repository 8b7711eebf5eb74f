package org.needsspace.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.needsspace.domain.Progress;

class ProgressCodecTest {

    private static final Instant VISIT = Instant.parse("2026-11-28T14:05:09.123Z");
    private static final Instant MOVED = Instant.parse("2026-11-28T14:06:00Z");
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
        for (Object bad : List.of(1.5e12, "yesterday", "2026-11-28T14:05:09Z", List.of(1), true)) {
            Map<String, Object> encoded = new HashMap<>(ProgressCodec.encode(PROGRESS));
            encoded.put("placeChangedAt", bad);
            assertEquals(Optional.empty(), ProgressCodec.decode(encoded), "placeChangedAt " + bad);
        }
    }

    @Test
    void theReminderComesBackThroughTheSession() throws Exception {
        Progress withReminder = PROGRESS.withReminder(
                new org.needsspace.domain.DailyReminder("amzn1.alert.reminder.9", java.time.LocalTime.of(21, 30), true));
        ObjectMapper json = new ObjectMapper();
        String sent = json.writeValueAsString(ProgressCodec.encode(withReminder));
        Map<String, Object> returned = json.readValue(sent, new TypeReference<>() { });
        assertEquals(Optional.of(withReminder), ProgressCodec.decode(returned));
    }

    @Test
    void aMalformedReminderMakesTheProgressAbsent() {
        Map<String, Object> encoded = new HashMap<>(ProgressCodec.encode(PROGRESS));
        encoded.put("reminder", Map.of("id", 42, "time", "20:00"));
        assertEquals(Optional.empty(), ProgressCodec.decode(encoded));
    }
}
