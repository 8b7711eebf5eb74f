package org.needsspace.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds which meaning a text is closest to, by comparing its terms with each meaning's examples (the ways people
 * say it) and, for the guide's sections, with the section's own title and text. Terms are weighted by how rare
 * they are across all examples, so "sleep" tells more than "feel". A meaning scores its best example's cosine
 * similarity; a section also scores the share of the text's weight its own words cover, scaled down.
 */
final class ExampleIndex {

    /** How close a text is to one meaning, from 0 to 1. */
    record Score(String label, double score) {
    }

    private record Example(String label, Map<String, Double> weights, double norm) {
    }

    private final List<Example> examples;
    private final Map<String, Set<String>> sectionTexts;
    private final Map<String, Double> rarity;
    private final double unknownTermRarity;
    private final double sectionTextWeight;

    /**
     * @param examples          each meaning's label with the terms of each of its examples
     * @param sectionTexts      "section:id" with the terms of the section's title and text
     * @param sectionTextWeight how much a section's own text counts against an example (0 to 1)
     */
    ExampleIndex(Map<String, List<Set<String>>> examples, Map<String, Set<String>> sectionTexts,
                 double sectionTextWeight) {
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
        List<Example> compiled = new ArrayList<>();
        examples.forEach((label, ofLabel) -> ofLabel.forEach(terms -> compiled.add(example(label, terms))));
        this.examples = List.copyOf(compiled);
        this.sectionTexts = Map.copyOf(sectionTexts);
        this.sectionTextWeight = sectionTextWeight;
    }

    private Example example(String label, Set<String> terms) {
        Map<String, Double> weights = new HashMap<>();
        double squares = 0;
        for (String term : terms) {
            double weight = rarity.get(term);
            weights.put(term, weight);
            squares += weight * weight;
        }
        return new Example(label, Map.copyOf(weights), Math.sqrt(squares));
    }

    /** Every meaning with a score above zero, best first. */
    List<Score> rank(Set<String> terms) {
        if (terms.isEmpty()) {
            return List.of();
        }
        double querySquares = 0;
        for (String term : terms) {
            double weight = rarity.getOrDefault(term, unknownTermRarity);
            querySquares += weight * weight;
        }
        double queryNorm = Math.sqrt(querySquares);
        Map<String, Double> best = new HashMap<>();
        for (Example example : examples) {
            double shared = 0;
            for (String term : terms) {
                Double weight = example.weights().get(term);
                if (weight != null) {
                    shared += weight * weight;
                }
            }
            if (shared > 0) {
                best.merge(example.label(), shared / (queryNorm * example.norm()), Math::max);
            }
        }
        for (Map.Entry<String, Set<String>> section : sectionTexts.entrySet()) {
            double covered = 0;
            for (String term : terms) {
                if (section.getValue().contains(term)) {
                    double weight = rarity.get(term);
                    covered += weight * weight;
                }
            }
            if (covered > 0) {
                best.merge(section.getKey(), sectionTextWeight * covered / querySquares, Math::max);
            }
        }
        List<Score> ranked = new ArrayList<>();
        best.forEach((label, score) -> ranked.add(new Score(label, score)));
        ranked.sort(Comparator.comparingDouble(Score::score).reversed().thenComparing(Score::label));
        return ranked;
    }
}
