package org.needsspace.domain;

/** One of the guide's twelve sections: a titled paragraph, read in one turn. */
public record Section(String id, String title, String text) {
}
