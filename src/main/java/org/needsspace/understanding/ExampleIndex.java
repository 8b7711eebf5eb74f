package org.needsspace.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds which meaning a text is closest to. Each meaning has examples (the ways people say it) and, for the
 * guide's sections, the section's own title and text. Terms weigh by how rare they are across all examples, so
 * "sleep" tells more than "feel". A meaning's score mixes two cosine similarities with the text: to its closest
 * example (a near paraphrase wins) and to all its examples together (many shared words add up), scaled by how much
 * of the text the meaning's words cover, so a meaning of few words ("again") does not win a long sentence.
 */
final class ExampleIndex {

    /** How close a text is to one meaning, from 0 to 1. */
    record Score(String label, double score) {
    }

    private record Vector(int meaning, Map<String, Double> weights, double norm) {
    }

    /** One example that holds a term, with the term's weight there. */
    private record Posting(int example, double weight) {
    }


    private final List<String> labels;
    private final List<Vector> examples;
    private final Map<String, List<Posting>> examplesWith;
    private final List<Vector> meanings;
    private final Map<String, Double> rarity;
    private final double unknownTermRarity;
    private final double closestWeight;
    private final double knownWordsFloor;
    private final int fewWords;
    private final double fewWordsFloor;

    /**
     * @param examples          each meaning's label with the terms of each of its examples
     * @param sectionTexts      "section:id" with the terms of the section's title and text
     * @param sectionTextWeight how much a section's own text counts in the section's words, against one example
     * @param closestWeight     the share of the score that comes from the closest example (0 to 1)
     * @param knownWordsFloor   the share of a score kept whatever the text; the rest grows with the share of the
     *                          text's weight in words the meaning knows
     * @param fewWords          a meaning with fewer distinct terms than this is a short command
     * @param fewWordsFloor     the floor for a short command, lower so that it must cover most of the text
     */
    ExampleIndex(Map<String, List<Set<String>>> examples, Map<String, Set<String>> sectionTexts,
                 double sectionTextWeight, double closestWeight, double knownWordsFloor, int fewWords,
                 double fewWordsFloor) {
        Map<String, Integer> documentsWith = new HashMap<>();
        int documents = 0;
        for (List<Set<String>> ofLabel : examples.values()) {
            for (Set<String> example : ofLabel) {
                example.forEach(term -> documentsWith.merge(term, 1, Integer::sum));
                documents++;
            }
        }
        for (Set<String> text : sectionTexts.values()) {
            text.forEach(term -> documentsWith.merge(term, 1, Integer::sum));
            documents++;
        }
        Map<String, Double> rarity = new HashMap<>();
        for (Map.Entry<String, Integer> term : documentsWith.entrySet()) {
            rarity.put(term.getKey(), Math.log(1.0 + (double) documents / term.getValue()));
        }
        this.rarity = Map.copyOf(rarity);
        this.unknownTermRarity = Math.log(1.0 + documents) / 2;
        this.closestWeight = closestWeight;
        this.knownWordsFloor = knownWordsFloor;
        this.fewWords = fewWords;
        this.fewWordsFloor = fewWordsFloor;
        List<Vector> exampleVectors = new ArrayList<>();
        List<Vector> meaningVectors = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        examples.forEach((label, ofLabel) -> {
            int meaning = labels.size();
            labels.add(label);
            Map<String, Double> sum = new HashMap<>();
            for (Set<String> terms : ofLabel) {
                Vector example = vector(meaning, weightsOf(terms));
                exampleVectors.add(example);
                example.weights().forEach((term, weight) -> sum.merge(term, weight / example.norm(), Double::sum));
            }
            Set<String> text = sectionTexts.get(label);
            if (text != null) {
                Vector own = vector(meaning, weightsOf(text));
                own.weights().forEach((term, weight) -> sum.merge(term, sectionTextWeight * weight / own.norm(), Double::sum));
            }
            meaningVectors.add(vector(meaning, sum));
        });
        this.labels = List.copyOf(labels);
        this.examples = List.copyOf(exampleVectors);
        Map<String, List<Posting>> postings = new HashMap<>();
        for (int i = 0; i < exampleVectors.size(); i++) {
            for (Map.Entry<String, Double> term : exampleVectors.get(i).weights().entrySet()) {
                postings.computeIfAbsent(term.getKey(), key -> new ArrayList<>()).add(new Posting(i, term.getValue()));
            }
        }
        Map<String, List<Posting>> frozen = new HashMap<>();
        postings.forEach((term, list) -> frozen.put(term, List.copyOf(list)));
        this.examplesWith = Map.copyOf(frozen);
        this.meanings = List.copyOf(meaningVectors);
    }

    private Map<String, Double> weightsOf(Set<String> terms) {
        Map<String, Double> weights = new HashMap<>();
        terms.forEach(term -> weights.put(term, rarity.get(term)));
        return weights;
    }

    private static Vector vector(int meaning, Map<String, Double> weights) {
        double squares = 0;
        for (double weight : weights.values()) {
            squares += weight * weight;
        }
        return new Vector(meaning, Map.copyOf(weights), Math.sqrt(squares));
    }

    /** Every meaning that shares a term with the text, best first. */
    List<Score> rank(Set<String> terms) {
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<String, Double> query = new HashMap<>();
        double squares = 0;
        for (String term : terms) {
            double weight = rarity.getOrDefault(term, unknownTermRarity);
            query.put(term, weight);
            squares += weight * weight;
        }
        double queryNorm = Math.sqrt(squares);
        double[] dots = new double[examples.size()];
        for (Map.Entry<String, Double> term : query.entrySet()) {
            for (Posting posting : examplesWith.getOrDefault(term.getKey(), List.of())) {
                dots[posting.example()] += term.getValue() * posting.weight();
            }
        }
        double[] closest = new double[meanings.size()];
        for (int i = 0; i < dots.length; i++) {
            if (dots[i] > 0) {
                Vector example = examples.get(i);
                closest[example.meaning()] = Math.max(closest[example.meaning()], dots[i] / (queryNorm * example.norm()));
            }
        }
        List<Score> ranked = new ArrayList<>();
        for (Vector meaning : meanings) {
            double together = cosine(query, queryNorm, meaning);
            if (together == 0 && closest[meaning.meaning()] == 0) {
                continue;
            }
            double floor = meaning.weights().size() < fewWords ? fewWordsFloor : knownWordsFloor;
            double score = (closestWeight * closest[meaning.meaning()] + (1 - closestWeight) * together)
                    * (floor + (1 - floor) * known(query, squares, meaning));
            ranked.add(new Score(labels.get(meaning.meaning()), score));
        }
        ranked.sort(Comparator.comparingDouble(Score::score).reversed().thenComparing(Score::label));
        return ranked;
    }

    /** The share of the text's weight in words this meaning knows: "again" alone is all of "again", little of a long question. */
    private static double known(Map<String, Double> query, double querySquares, Vector meaning) {
        double known = 0;
        for (Map.Entry<String, Double> term : query.entrySet()) {
            if (meaning.weights().containsKey(term.getKey())) {
                known += term.getValue() * term.getValue();
            }
        }
        return known / querySquares;
    }

    private static double cosine(Map<String, Double> query, double queryNorm, Vector other) {
        double dot = 0;
        for (Map.Entry<String, Double> term : query.entrySet()) {
            Double weight = other.weights().get(term.getKey());
            if (weight != null) {
                dot += term.getValue() * weight;
            }
        }
        return dot == 0 ? 0 : dot / (queryNorm * other.norm());
    }
}
