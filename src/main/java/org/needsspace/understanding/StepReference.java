package org.needsspace.understanding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a step named by number in what was said: "step three", "step 3", "part four", "number two", "the third
 * step", "the third one".
 */
final class StepReference {

    private static final String ONE = "one";
    private static final String LAST = "last";
    private static final String BACK = "back";

    private final Set<String> stepNouns;
    private final Map<String, Integer> numbers;
    private final Map<String, Integer> ordinals;

    StepReference(Set<String> stepNouns, Map<String, Integer> numbers, Map<String, Integer> ordinals) {
        this.stepNouns = Set.copyOf(stepNouns);
        this.numbers = Map.copyOf(numbers);
        this.ordinals = Map.copyOf(ordinals);
    }

    /** "go back to the last step" is the step before, not the last of the guide. */
    private static boolean backTo(List<String> words, int ordinal) {
        return words.get(ordinal).equals(LAST) && words.subList(0, ordinal).contains(BACK);
    }

    Optional<Integer> find(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i);
            String next = words.get(i + 1);
            if (stepNouns.contains(word)) {
                Integer number = numbers.get(next.equals("number") && i + 2 < words.size() ? words.get(i + 2) : next);
                if (number != null) {
                    return Optional.of(number);
                }
            }
            if (ordinals.containsKey(word) && (stepNouns.contains(next) || next.equals(ONE)) && !backTo(words, i)) {
                return Optional.of(ordinals.get(word));
            }
        }
        return Optional.empty();
    }
}
