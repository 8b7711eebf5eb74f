package org.needsspace.domain;

/**
 * A short exercise a person can do hands-free.
 *
 * @param ssml the spoken text, authored as trusted SSML (it may carry timed pauses)
 */
public record SelfCarePrompt(String id, String kind, String ssml) {
}
