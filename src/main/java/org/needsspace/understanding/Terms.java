package org.needsspace.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content words of a text as comparable terms: set phrases joined into one term ("time apart" → "space"),
 * filler and function words dropped, every word stemmed, and synonyms folded onto one stem
 * ("counselling", "therapist" → "therapi").
 */
final class Terms {

    private final Set<String> stopWords;
    /** The phrases starting with each word, longest first: each is its words and the word it stands for. */
    private final Map<String, List<Map.Entry<List<String>, String>>> phrasesByFirstWord;
    private final Stems stems;
    private final Map<String, String> synonymOf;

    /**
     * @param phrases  word sequences read as one word, e.g. "time apart" → "space"
     * @param synonyms groups of words that mean the same here; the first of each group stands for the rest
     */
    Terms(Set<String> stopWords, Map<String, String> phrases, List<List<String>> synonyms, Stems stems) {
        this.stopWords = Set.copyOf(stopWords);
        this.stems = stems;
        Map<String, List<Map.Entry<List<String>, String>>> byFirstWord = new HashMap<>();
        for (Map.Entry<String, String> phrase : phrases.entrySet()) {
            List<String> words = List.of(phrase.getKey().split(" "));
            byFirstWord.computeIfAbsent(words.get(0), word -> new ArrayList<>()).add(Map.entry(words, phrase.getValue()));
        }
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b.getKey().size() - a.getKey().size()));
        this.phrasesByFirstWord = Map.copyOf(byFirstWord);
        Stems.Stemmer stemmer = stems.stemmer();
        Map<String, String> synonymOf = new HashMap<>();
        for (List<String> group : synonyms) {
            String head = stemmer.stem(group.get(0));
            for (String word : group) {
                synonymOf.putIfAbsent(stemmer.stem(word), head);
            }
        }
        this.synonymOf = Map.copyOf(synonymOf);
    }

    Set<String> of(List<String> words) {
        Stems.Stemmer stemmer = stems.stemmer();
        Set<String> terms = new LinkedHashSet<>();
        for (String word : joinPhrases(words)) {
            if (!stopWords.contains(word)) {
                String stem = stemmer.stem(word);
                terms.add(synonymOf.getOrDefault(stem, stem));
            }
        }
        return terms;
    }

    private List<String> joinPhrases(List<String> words) {
        List<String> joined = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            Map.Entry<List<String>, String> phrase = longestPhraseAt(words, i);
            joined.add(phrase == null ? words.get(i) : phrase.getValue());
            i += phrase == null ? 1 : phrase.getKey().size();
        }
        return joined;
    }

    private Map.Entry<List<String>, String> longestPhraseAt(List<String> words, int start) {
        for (Map.Entry<List<String>, String> phrase : phrasesByFirstWord.getOrDefault(words.get(start), List.of())) {
            List<String> phraseWords = phrase.getKey();
            if (start + phraseWords.size() <= words.size() && phraseWords.equals(words.subList(start, start + phraseWords.size()))) {
                return phrase;
            }
        }
        return null;
    }
}
