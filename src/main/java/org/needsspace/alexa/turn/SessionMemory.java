package org.needsspace.alexa.turn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What the conversation remembers from one turn to the next, in session attributes: the sections of an either-or
 * question, the exercise kind offered or last given, how many turns in a row were not understood, and which
 * wording of each phrase was said last. Values that are missing or of the wrong type read as nothing.
 */
public final class SessionMemory {

    static final String CHOICES = "choices";
    static final String OFFERED_EXERCISE = "offeredExercise";
    static final String LAST_EXERCISE = "lastExercise";
    static final String MISSES = "misses";
    static final String WORDINGS = "wordings";
    static final String REMINDER_OFFERED = "reminderOffered";

    private final Map<String, Object> session;

    SessionMemory(Map<String, Object> session) {
        this.session = session;
    }

    /** The meanings offered in the last either-or question or offer ("section:active-listening", "headline"). */
    public List<String> choices() {
        return session.get(CHOICES) instanceof List<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList()
                : List.of();
    }

    public void rememberChoices(List<String> sectionIds) {
        session.put(CHOICES, List.copyOf(sectionIds));
    }

    public Optional<String> offeredExercise() {
        return text(OFFERED_EXERCISE);
    }

    public void rememberOfferedExercise(String kind) {
        session.put(OFFERED_EXERCISE, kind);
    }

    /** The kind asked for with the exercise given last ("breathing"), so "another one" stays with that kind. */
    public Optional<String> lastExercise() {
        return text(LAST_EXERCISE).filter(kind -> !kind.isEmpty());
    }

    /** @param kind null when the exercise given was of any kind */
    public void rememberLastExercise(String kind) {
        session.put(LAST_EXERCISE, kind == null ? "" : kind);
    }

    /** True once the daily reminder was offered in this session: it is offered at most once. */
    public boolean reminderOffered() {
        return Boolean.TRUE.equals(session.get(REMINDER_OFFERED));
    }

    public void rememberReminderOffered() {
        session.put(REMINDER_OFFERED, true);
    }

    /** How many answers in a row, before this turn, were "not understood". */
    public int missesInARow() {
        return session.get(MISSES) instanceof Number number ? Math.max(0, number.intValue()) : 0;
    }

    void countMiss(boolean missed) {
        if (missed) {
            session.put(MISSES, missesInARow() + 1);
        } else {
            session.remove(MISSES);
        }
    }

    /**
     * Which of {@code count} wordings to say for {@code key}: chosen at random, never the one said last time,
     * so the same words are not heard twice in a row.
     */
    public int wording(String key, int count, RandomGenerator random) {
        Map<String, Object> said = session.get(WORDINGS) instanceof Map<?, ?> map ? copy(map) : new HashMap<>();
        int last = said.get(key) instanceof Number number ? number.intValue() : -1;
        int chosen = random.nextInt(count);
        if (count > 1 && chosen == last) {
            chosen = (chosen + 1 + random.nextInt(count - 1)) % count;
        }
        said.put(key, chosen);
        session.put(WORDINGS, said);
        return chosen;
    }

    private Optional<String> text(String key) {
        return session.get(key) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<String, Object> copy = new HashMap<>();
        map.forEach((key, value) -> {
            if (key instanceof String name) {
                copy.put(name, value);
            }
        });
        return copy;
    }
}
