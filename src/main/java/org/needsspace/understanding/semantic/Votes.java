package org.needsspace.understanding.semantic;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How the closest training lines voted on a sentence.
 *
 * @param votes     one per meaning that got a vote, the largest share first
 * @param closest   the cosine of the sentence and its closest training line
 * @param neighbours the lines that voted, the closest first
 */
public record Votes(List<Vote> votes, double closest, List<TrainingLine> neighbours) {

    /**
     * @param share      the meaning's part of all the votes, from 0 to 1
     * @param similarity the cosine of the sentence and the closest line of this meaning
     */
    public record Vote(String label, double share, double similarity) {
    }

    public Votes {
        votes = List.copyOf(votes);
        neighbours = List.copyOf(neighbours);
    }

    /** The meaning with the largest share among those the filter keeps. */
    public Optional<Vote> best(Predicate<String> label) {
        return votes.stream().filter(vote -> label.test(vote.label())).findFirst();
    }

    /** The share of the votes that went to meanings the filter keeps. */
    public double shareOf(Predicate<String> label) {
        return votes.stream().filter(vote -> label.test(vote.label())).mapToDouble(Vote::share).sum();
    }
}
