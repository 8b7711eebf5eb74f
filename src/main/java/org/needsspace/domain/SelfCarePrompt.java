package org.needsspace.domain;

import java.util.List;

/**
 * A short exercise a person can do hands-free.
 *
 * @param kinds what it is good for ("breathing", "sleep", ...): asked for by name, or chosen for a feeling
 * @param ssml  the spoken text, authored as trusted SSML (it may carry timed pauses)
 */
public record SelfCarePrompt(String id, List<String> kinds, String ssml) {

    public SelfCarePrompt {
        kinds = List.copyOf(kinds);
    }

    public boolean isOfKind(String kind) {
        return kinds.contains(kind);
    }
}
