package org.needsspace.domain;

import java.util.List;

/**
 * A short exercise a person can do hands-free.
 *
 * @param kinds what it is good for ("breathing", "sleep", ...): asked for by name, or chosen for a feeling
 * @param ssml      the spoken text, authored as trusted SSML (it may carry timed pauses)
 * @param breathing for a paced breathing exercise, what each timed pause is for ("in", "hold" or "out"), one per
 *                  pause in order; empty for any other exercise
 */
public record SelfCarePrompt(String id, List<String> kinds, String ssml, List<String> breathing) {

    public SelfCarePrompt {
        kinds = List.copyOf(kinds);
        breathing = breathing == null ? List.of() : List.copyOf(breathing);
    }

    public boolean isOfKind(String kind) {
        return kinds.contains(kind);
    }
}
