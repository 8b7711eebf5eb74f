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

    /** Plain loops here and below: these run on every turn, where a stream or a copied list costs more than the search. */
    public Optional<Section> section(String sectionId) {
        for (Step step : steps) {
            for (Section section : step.sections()) {
                if (section.id().equals(sectionId)) {
                    return Optional.of(section);
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Step> step(int number) {
        return steps.stream().filter(step -> step.number() == number).findFirst();
    }

    public Step stepOf(Section section) {
        for (Step step : steps) {
            if (step.sections().contains(section)) {
                return step;
            }
        }
        throw new IllegalArgumentException("Not in this guide: " + section.id());
    }

    /** A topic id names either a step (its first section is meant) or a section. */
    public Optional<Section> topic(String topicId) {
        for (Step step : steps) {
            if (step.id().equals(topicId)) {
                return Optional.of(step.firstSection());
            }
        }
        return section(topicId);
    }

    public Optional<Section> after(Section section) {
        Section previous = null;
        for (Step step : steps) {
            for (Section candidate : step.sections()) {
                if (section.equals(previous)) {
                    return Optional.of(candidate);
                }
                previous = candidate;
            }
        }
        return Optional.empty();
    }

    public Optional<Section> before(Section section) {
        Section previous = null;
        for (Step step : steps) {
            for (Section candidate : step.sections()) {
                if (candidate.equals(section)) {
                    return Optional.ofNullable(previous);
                }
                previous = candidate;
            }
        }
        return Optional.empty();
    }

    public int stepCount() {
        return steps.size();
    }
}
