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

    private record Vector(String label, Map<String, Double> weights, double norm) {
    }


    private final List<Vector> examples;
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
        examples.forEach((label, ofLabel) -> {
            Map<String, Double> sum = new HashMap<>();
            for (Set<String> terms : ofLabel) {
                Vector example = vector(label, weightsOf(terms));
                exampleVectors.add(example);
                example.weights().forEach((term, weight) -> sum.merge(term, weight / example.norm(), Double::sum));
            }
            Set<String> text = sectionTexts.get(label);
            if (text != null) {
                Vector own = vector(label, weightsOf(text));
                own.weights().forEach((term, weight) -> sum.merge(term, sectionTextWeight * weight / own.norm(), Double::sum));
            }
            meaningVectors.add(vector(label, sum));
        });
        this.examples = List.copyOf(exampleVectors);
        this.meanings = List.copyOf(meaningVectors);
    }

    private Map<String, Double> weightsOf(Set<String> terms) {
        Map<String, Double> weights = new HashMap<>();
        terms.forEach(term -> weights.put(term, rarity.get(term)));
        return weights;
    }

    private static Vector vector(String label, Map<String, Double> weights) {
        double squares = 0;
        for (double weight : weights.values()) {
            squares += weight * weight;
        }
        return new Vector(label, Map.copyOf(weights), Math.sqrt(squares));
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
        Map<String, Double> closest = new HashMap<>();
        for (Vector example : examples) {
            double similarity = cosine(query, queryNorm, example);
            if (similarity > 0) {
                closest.merge(example.label(), similarity, Math::max);
            }
        }
        List<Score> ranked = new ArrayList<>();
        for (Vector meaning : meanings) {
            double together = cosine(query, queryNorm, meaning);
            double floor = meaning.weights().size() < fewWords ? fewWordsFloor : knownWordsFloor;
            double score = (closestWeight * closest.getOrDefault(meaning.label(), 0.0) + (1 - closestWeight) * together)
                    * (floor + (1 - floor) * known(query, squares, meaning));
            if (score > 0) {
                ranked.add(new Score(meaning.label(), score));
            }
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
