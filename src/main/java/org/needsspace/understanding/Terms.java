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
    private final Map<List<String>, String> phrases;
    private final int longestPhrase;
    private final Stems stems;
    private final Map<String, String> synonymOf;

    /**
     * @param phrases  word sequences read as one word, e.g. "time apart" → "space"
     * @param synonyms groups of words that mean the same here; the first of each group stands for the rest
     */
    Terms(Set<String> stopWords, Map<String, String> phrases, List<List<String>> synonyms, Stems stems) {
        this.stopWords = Set.copyOf(stopWords);
        this.stems = stems;
        Map<List<String>, String> phraseWords = new HashMap<>();
        int longest = 1;
        for (Map.Entry<String, String> phrase : phrases.entrySet()) {
            List<String> words = List.of(phrase.getKey().split(" "));
            phraseWords.put(words, phrase.getValue());
            longest = Math.max(longest, words.size());
        }
        this.phrases = Map.copyOf(phraseWords);
        this.longestPhrase = longest;
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
            int matched = 0;
            for (int length = Math.min(longestPhrase, words.size() - i); length > 1 && matched == 0; length--) {
                String replacement = phrases.get(words.subList(i, i + length));
                if (replacement != null) {
                    joined.add(replacement);
                    matched = length;
                }
            }
            if (matched == 0) {
                String single = phrases.get(List.of(words.get(i)));
                joined.add(single != null ? single : words.get(i));
                matched = 1;
            }
            i += matched;
        }
        return joined;
    }
}
