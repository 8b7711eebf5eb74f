package org.needsspace.understanding.semantic;

/**
 * One labelled example of the training set.
 *
 * @param label  the meaning, as the understanding data writes it ("safety:violence", "section:avoiding-pressure")
 * @param author who wrote it (the training file's name), so that calibration can leave one author out
 * @param words  the words, as a speech recogniser hands them over
 */
public record TrainingLine(String label, String author, String words) {

    public TrainingLine {
        if (label.isBlank() || words.isBlank()) {
            throw new IllegalArgumentException("A training line needs a label and words: " + label + " / " + words);
        }
    }
}
