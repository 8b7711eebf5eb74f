package org.needsspace.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The guide as an ordered walk through steps and sections, with the rules for moving along it. */
public record Guide(String title, String intro, List<Step> steps) {

    public Guide {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.stream().anyMatch(step -> step.sections().isEmpty())) {
            throw new IllegalArgumentException("A guide needs steps, and every step needs a section");
        }
    }

    public List<Section> sections() {
        List<Section> all = new ArrayList<>();
        steps.forEach(step -> all.addAll(step.sections()));
        return all;
    }

    public Section firstSection() {
        return steps.get(0).firstSection();
    }

    public Optional<Section> section(String sectionId) {
        return sections().stream().filter(section -> section.id().equals(sectionId)).findFirst();
    }

    public Optional<Step> step(int number) {
        return steps.stream().filter(step -> step.number() == number).findFirst();
    }

    public Step stepOf(Section section) {
        return steps.stream()
                .filter(step -> step.sections().contains(section))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not in this guide: " + section.id()));
    }

    /** A topic id names either a step (its first section is meant) or a section. */
    public Optional<Section> topic(String topicId) {
        Optional<Section> asStep = steps.stream()
                .filter(step -> step.id().equals(topicId))
                .findFirst()
                .map(Step::firstSection);
        return asStep.isPresent() ? asStep : section(topicId);
    }

    public Optional<Section> after(Section section) {
        List<Section> all = sections();
        int index = all.indexOf(section);
        return index >= 0 && index + 1 < all.size() ? Optional.of(all.get(index + 1)) : Optional.empty();
    }

    public Optional<Section> before(Section section) {
        List<Section> all = sections();
        int index = all.indexOf(section);
        return index > 0 ? Optional.of(all.get(index - 1)) : Optional.empty();
    }

    public int stepCount() {
        return steps.size();
    }
}
