package org.needsspace.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what someone said (or typed) into clauses of plain lower-case words: contractions and spoken shortcuts
 * written out ("don't" → "do not", "wanna" → "want to"), punctuation gone. A clause ends at punctuation and at
 * words such as "but", so that "he doesn't hit me but he threatens me" is judged clause by clause.
 */
final class SpokenWords {

    private static final Pattern CURLY_APOSTROPHES = Pattern.compile("[\u2018\u2019\u02BC`]");
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[.!?;:,()\\[\\]\"\u2014\u2013]|\\s-\\s");
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}']");
    private static final Pattern EDGE_APOSTROPHES = Pattern.compile("^'+|'+$");

    private final Map<String, String> rewrites;
    private final Map<String, String> wordEndings;
    private final Set<String> clauseBreaks;

    /**
     * @param rewrites    whole words written out: "can't" → "can not", "wanna" → "want to"
     * @param wordEndings endings written out when no rewrite applies: "n't" → " not", "'s" → ""
     */
    SpokenWords(Map<String, String> rewrites, Map<String, String> wordEndings, Set<String> clauseBreaks) {
        this.rewrites = Map.copyOf(rewrites);
        this.wordEndings = Map.copyOf(wordEndings);
        this.clauseBreaks = Set.copyOf(clauseBreaks);
    }

    List<List<String>> clauses(String text) {
        List<List<String>> clauses = new ArrayList<>();
        if (text == null) {
            return clauses;
        }
        String lower = CURLY_APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("'");
        for (String part : CLAUSE_PUNCTUATION.split(lower)) {
            List<String> clause = new ArrayList<>();
            for (String word : words(part)) {
                if (clauseBreaks.contains(word)) {
                    addIfNotEmpty(clauses, clause);
                    clause = new ArrayList<>();
                } else {
                    clause.add(word);
                }
            }
            addIfNotEmpty(clauses, clause);
        }
        return clauses;
    }

    /** All the words, clause boundaries ignored. */
    List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String lower = CURLY_APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("'");
        for (String raw : NOT_A_WORD_CHARACTER.matcher(lower).replaceAll(" ").trim().split("\\s+")) {
            String word = EDGE_APOSTROPHES.matcher(raw).replaceAll("");
            if (!word.isEmpty()) {
                words.addAll(Arrays.asList(writtenOut(word).split(" ")));
            }
        }
        words.removeIf(String::isEmpty);
        return words;
    }

    private String writtenOut(String word) {
        String rewrite = rewrites.get(word);
        if (rewrite != null) {
            return rewrite;
        }
        for (Map.Entry<String, String> ending : wordEndings.entrySet()) {
            if (word.endsWith(ending.getKey()) && word.length() > ending.getKey().length()) {
                return word.substring(0, word.length() - ending.getKey().length()) + ending.getValue();
            }
        }
        return word.replace("'", "");
    }

    private static void addIfNotEmpty(List<List<String>> clauses, List<String> clause) {
        if (!clause.isEmpty()) {
            clauses.add(List.copyOf(clause));
        }
    }
}
