package org.needsspace.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Picks a self-care prompt the user has not heard in this round, of the kind asked for if any prompt is of that
 * kind; when every prompt of the kind has been heard, a new round of that kind starts, never with the prompt
 * heard last.
 */
public final class SelfCareRotation {

    /** The prompt picked and the user's heard set after hearing it. */
    public record Pick(SelfCarePrompt prompt, Set<String> heardAfter) {
    }

    private final List<SelfCarePrompt> prompts;

    public SelfCareRotation(List<SelfCarePrompt> prompts) {
        if (prompts.isEmpty()) {
            throw new IllegalArgumentException("At least one self-care prompt is needed");
        }
        this.prompts = List.copyOf(prompts);
    }

    /** Any kind. {@code heard} is in the order heard, so its last element is the prompt heard most recently. */
    public Pick pick(Set<String> heard, RandomGenerator random) {
        return pick(heard, random, null);
    }

    /** @param kind the kind asked for ("breathing"), or null for any */
    public Pick pick(Set<String> heard, RandomGenerator random, String kind) {
        List<SelfCarePrompt> candidates = kind == null ? prompts
                : prompts.stream().filter(prompt -> prompt.isOfKind(kind)).toList();
        if (candidates.isEmpty()) {
            candidates = prompts;
        }
        List<SelfCarePrompt> unheard = candidates.stream().filter(p -> !heard.contains(p.id())).toList();
        Set<String> round = new LinkedHashSet<>(heard);
        if (unheard.isEmpty()) {
            String lastHeardId = lastHeardAmong(heard, candidates);
            candidates.forEach(prompt -> round.remove(prompt.id()));
            unheard = candidates.size() > 1
                    ? candidates.stream().filter(p -> !p.id().equals(lastHeardId)).toList()
                    : candidates;
        }
        SelfCarePrompt chosen = unheard.get(random.nextInt(unheard.size()));
        round.remove(chosen.id());
        round.add(chosen.id());
        return new Pick(chosen, round);
    }

    public List<SelfCarePrompt> prompts() {
        return prompts;
    }

    private static String lastHeardAmong(Set<String> heard, List<SelfCarePrompt> candidates) {
        String last = "";
        for (String id : heard) {
            for (SelfCarePrompt prompt : candidates) {
                if (prompt.id().equals(id)) {
                    last = id;
                }
            }
        }
        return last;
    }
}
