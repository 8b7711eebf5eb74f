package org.needsspace.content;

import java.util.List;

/** What a user who is not safe hears at once: a few words, the locale's numbers, and a closing line. */
public record SafetyGuidance(String intro, List<SafetyResource> resources, String outro) {

    public SafetyGuidance {
        resources = List.copyOf(resources);
    }
}
