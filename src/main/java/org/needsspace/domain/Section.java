package org.needsspace.domain;

/** One section of the guide: a titled paragraph, read in one turn. */
public record Section(String id, String title, String text) {
}
