package org.needsspace.content;

import java.util.List;

/**
 * How the skill answers one kind of feeling: a few words of acknowledgement (one is chosen each time), then an
 * exercise given at once, or an exercise or a section of the guide offered with a yes/no question.
 *
 * @param exercise   the self-care kind that fits, or null when a section fits better
 * @param section    the id of the guide section that fits, or null
 * @param offer      the yes/no question that offers the exercise or section; null when the exercise is given at once
 */
public record FeelingCare(List<String> acknowledgements, String exercise, String section, String offer) {

    public FeelingCare {
        acknowledgements = List.copyOf(acknowledgements);
        if (acknowledgements.isEmpty()) {
            throw new IllegalArgumentException("A feeling needs at least one acknowledgement");
        }
        if ((exercise == null) == (section == null)) {
            throw new IllegalArgumentException("A feeling is answered with an exercise or a section, not both or neither");
        }
        if (section != null && offer == null) {
            throw new IllegalArgumentException("A section is offered, never read unasked: give it an offer");
        }
    }

    public boolean givesExerciseAtOnce() {
        return exercise != null && offer == null;
    }
}
