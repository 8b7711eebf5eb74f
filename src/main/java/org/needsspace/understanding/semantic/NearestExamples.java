package org.needsspace.understanding.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/**
 * What the training lines closest to a sentence mean: the {@code neighbours} closest lines vote for their meaning,
 * each with a weight that falls off with its distance from the closest one ({@code exp((s - best) / temperature)}),
 * so that a few very close examples outvote many loosely related ones.
 */
public final class NearestExamples {

    private final ExampleVectors examples;
    private final int neighbours;
    private final double temperature;

    public NearestExamples(ExampleVectors examples, int neighbours, double temperature) {
        if (neighbours < 1 || temperature <= 0) {
            throw new IllegalArgumentException("neighbours >= 1 and temperature > 0: " + neighbours + ", " + temperature);
        }
        this.examples = examples;
        this.neighbours = neighbours;
        this.temperature = temperature;
    }

    public ExampleVectors examples() {
        return examples;
    }

    /** The votes of the closest training lines for a sentence's unit vector. */
    public Votes vote(float[] sentence) {
        return vote(sentence, line -> true);
    }

    /** The votes of the closest training lines by other authors: what calibration measures an author's lines by. */
    public Votes voteWithout(float[] sentence, String author) {
        return vote(sentence, line -> !examples.lines().get(line).author().equals(author));
    }

    private Votes vote(float[] sentence, IntPredicate counted) {
        if (isZero(sentence)) {
            return new Votes(List.of(), 0, List.of());
        }
        PriorityQueue<Neighbour> closest = new PriorityQueue<>(Comparator.comparingDouble(Neighbour::similarity));
        for (int line = 0; line < examples.size(); line++) {
            if (!counted.test(line)) {
                continue;
            }
            double similarity = examples.similarity(line, sentence);
            if (closest.size() < neighbours) {
                closest.add(new Neighbour(line, similarity));
            } else if (similarity > closest.peek().similarity()) {
                closest.poll();
                closest.add(new Neighbour(line, similarity));
            }
        }
        List<Neighbour> nearest = new ArrayList<>(closest);
        nearest.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
        if (nearest.isEmpty()) {
            return new Votes(List.of(), 0, List.of());
        }
        double best = nearest.get(0).similarity();
        Map<String, double[]> byLabel = new LinkedHashMap<>();
        double total = 0;
        for (Neighbour neighbour : nearest) {
            double weight = Math.exp((neighbour.similarity() - best) / temperature);
            total += weight;
            double[] tally = byLabel.computeIfAbsent(examples.lines().get(neighbour.line()).label(),
                    label -> new double[] {0, Double.NEGATIVE_INFINITY});
            tally[0] += weight;
            tally[1] = Math.max(tally[1], neighbour.similarity());
        }
        List<Votes.Vote> votes = new ArrayList<>();
        for (Map.Entry<String, double[]> entry : byLabel.entrySet()) {
            votes.add(new Votes.Vote(entry.getKey(), entry.getValue()[0] / total, entry.getValue()[1]));
        }
        votes.sort(Comparator.comparingDouble(Votes.Vote::share).reversed());
        List<TrainingLine> lines = nearest.stream().map(neighbour -> examples.lines().get(neighbour.line())).toList();
        return new Votes(votes, best, lines);
    }

    /** A sentence of nothing the encoder knows is close to no line, so none votes on it. */
    private static boolean isZero(float[] vector) {
        for (float value : vector) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    private record Neighbour(int line, double similarity) {
    }
}
