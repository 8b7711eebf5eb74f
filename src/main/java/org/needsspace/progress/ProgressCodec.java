package org.needsspace.progress;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.needsspace.domain.DailyReminder;
import org.needsspace.domain.Progress;

/**
 * The one plain form of a {@link Progress} record: maps, lists, strings, numbers and booleans, as JSON carries them.
 * The session attributes and the embedded stores keep this form; anything malformed reads as absent, never as an
 * error.
 */
public final class ProgressCodec {

    private static final int MAX_IDS = 200;
    private static final int MAX_ID_LENGTH = 100;
    private static final int MAX_REMINDER_ID_LENGTH = 200;

    private ProgressCodec() {
    }

    public static Map<String, Object> encode(Progress progress) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sectionId", progress.sectionId());
        map.put("heardSections", new ArrayList<>(progress.heardSections()));
        map.put("heardPrompts", new ArrayList<>(progress.heardPrompts()));
        map.put("visited", progress.visited());
        map.put("lastVisit", epochMillis(progress.lastVisit()));
        map.put("placeChangedAt", epochMillis(progress.placeChangedAt()));
        map.put("version", progress.version());
        if (!progress.reminder().equals(DailyReminder.NONE)) {
            map.put("reminder", encode(progress.reminder()));
        }
        return map;
    }

    public static Optional<Progress> decode(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        try {
            Object sectionId = map.get("sectionId");
            if (sectionId != null && !(sectionId instanceof String)) {
                return Optional.empty();
            }
            return Optional.of(new Progress((String) sectionId, ids(map.get("heardSections")),
                    ids(map.get("heardPrompts")), Boolean.TRUE.equals(map.get("visited")),
                    instant(map.get("lastVisit")), instant(map.get("placeChangedAt")), version(map.get("version")),
                    reminder(map.get("reminder"))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> encode(DailyReminder reminder) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", reminder.id());
        map.put("time", reminder.time() == null ? null : reminder.time().toString());
        map.put("offerDeclined", reminder.offerDeclined());
        map.put("changedAt", epochMillis(reminder.changedAt()));
        return map;
    }

    private static DailyReminder reminder(Object value) {
        if (value == null) {
            return DailyReminder.NONE;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("Not a reminder");
        }
        Object id = map.get("id");
        Object time = map.get("time");
        if ((id != null && !(id instanceof String text && text.length() <= MAX_REMINDER_ID_LENGTH))
                || (time != null && !(time instanceof String))) {
            throw new IllegalArgumentException("Not a reminder");
        }
        return new DailyReminder((String) id, time == null ? null : LocalTime.parse((String) time),
                Boolean.TRUE.equals(map.get("offerDeclined")), instant(map.get("changedAt")));
    }

    private static Set<String> ids(Object value) {
        Set<String> ids = new LinkedHashSet<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof String id) || id.length() > MAX_ID_LENGTH || ids.size() >= MAX_IDS) {
                    throw new IllegalArgumentException("Not a list of ids");
                }
                ids.add(id);
            }
        } else if (value != null) {
            throw new IllegalArgumentException("Not a list of ids");
        }
        return ids;
    }

    /**
     * Instants travel as epoch milliseconds: exact through any JSON parser (below 2^53), and cheaper to write and
     * read than ISO-8601 text.
     */
    private static Long epochMillis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Long || value instanceof Integer) {
            return Instant.ofEpochMilli(((Number) value).longValue());
        }
        // Records the embedded stores wrote before they shared this form carry ISO-8601 text.
        if (value instanceof String text) {
            return Instant.parse(text);
        }
        throw new IllegalArgumentException("Not a timestamp");
    }

    private static long version(Object value) {
        if (value instanceof Number number && number.longValue() >= 0) {
            return number.longValue();
        }
        throw new IllegalArgumentException("Not a version");
    }
}
