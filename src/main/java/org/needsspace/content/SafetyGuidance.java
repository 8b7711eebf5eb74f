package org.needsspace.content;

import java.util.List;

/**
 * What a user who is not safe hears at once: a few words, the locale's numbers, and a closing line.
 *
 * @param withoutCalling the ways to reach help without speaking on the phone (a text line, a chat, an app), for
 *                       someone who cannot be heard calling
 */
public record SafetyGuidance(String intro, List<SafetyResource> resources, String outro,
                             List<SafetyResource> withoutCalling) {

    public SafetyGuidance {
        resources = List.copyOf(resources);
        withoutCalling = withoutCalling == null ? List.of() : List.copyOf(withoutCalling);
    }
}
