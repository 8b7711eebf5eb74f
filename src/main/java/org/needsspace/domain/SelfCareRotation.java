package org.needsspace.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Picks a self-care prompt the user has not heard in this round; when all are heard a new round starts. */
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

    /** {@code heard} is in the order heard, so its last element is the prompt heard most recently. */
    public Pick pick(Set<String> heard, RandomGenerator random) {
        List<SelfCarePrompt> unheard = prompts.stream().filter(p -> !heard.contains(p.id())).toList();
        Set<String> round = new LinkedHashSet<>(heard);
        if (unheard.isEmpty()) {
            String lastHeardId = heard.stream().reduce((first, second) -> second).orElse("");
            round.clear();
            // A new round should not open with the prompt that closed the last one.
            unheard = prompts.size() > 1
                    ? prompts.stream().filter(p -> !p.id().equals(lastHeardId)).toList()
                    : prompts;
        }
        SelfCarePrompt chosen = unheard.get(random.nextInt(unheard.size()));
        round.add(chosen.id());
        return new Pick(chosen, round);
    }

    public List<SelfCarePrompt> prompts() {
        return prompts;
    }
}
