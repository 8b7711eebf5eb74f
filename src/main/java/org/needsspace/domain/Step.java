package org.needsspace.domain;

import java.util.List;

/** One of the guide's numbered steps, made of sections. */
public record Step(int number, String id, String title, List<Section> sections) {

    public Step {
        sections = List.copyOf(sections);
    }

    public Section firstSection() {
        return sections.get(0);
    }
}
