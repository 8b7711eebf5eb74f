package org.needsspace.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns what someone said (or typed) into clauses of plain lower-case words: contractions and spoken shortcuts
 * written out ("don't" → "do not", "wanna" → "want to"), punctuation gone. A clause ends at punctuation and at
 * words such as "but", so that "he doesn't hit me but he threatens me" is judged clause by clause.
 */
final class ClauseSplitter {

    private final Map<String, String> rewrites;
    private final Map<String, String> wordEndings;
    private final Set<String> clauseBreaks;

    /**
     * @param rewrites    whole words written out: "can't" → "can not", "wanna" → "want to"
     * @param wordEndings endings written out when no rewrite applies: "n't" → " not", "'s" → ""
     */
    ClauseSplitter(Map<String, String> rewrites, Map<String, String> wordEndings, Set<String> clauseBreaks) {
        this.rewrites = Map.copyOf(rewrites);
        this.wordEndings = Map.copyOf(wordEndings);
        this.clauseBreaks = Set.copyOf(clauseBreaks);
    }

    List<List<String>> clauses(String text) {
        Clauses clauses = new Clauses();
        scan(text, word -> addWord(clauses.current, word), clauses::end);
        clauses.end();
        return clauses.done;
    }

    /** The clauses read so far and the one being read. */
    private static final class Clauses {
        private final List<List<String>> done = new ArrayList<>();
        private List<String> current = new ArrayList<>();

        void end() {
            current = nextClause(done, current);
        }
    }

    /** All the words, clause boundaries ignored (the words that break clauses kept). */
    List<String> words(String text) {
        List<String> words = new ArrayList<>();
        scan(text, word -> addWrittenOut(words, word), () -> { });
        return words;
    }

    /** Reads the text character by character: each word as it ends, and each mark that ends a clause. */
    private static void scan(String text, Consumer<StringBuilder> wordEnded, Runnable clauseEnded) {
        if (text == null) {
            return;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
            if (isApostrophe(c)) {
                word.append('\'');
            } else if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else {
                wordEnded.accept(word);
                word.setLength(0);
                if (endsClause(c)) {
                    clauseEnded.run();
                }
            }
        }
    }

    private void addWord(List<String> clause, StringBuilder word) {
        List<String> written = new ArrayList<>(2);
        addWrittenOut(written, word);
        for (String part : written) {
            // null marks where a clause-breaking word stood.
            clause.add(clauseBreaks.contains(part) ? null : part);
        }
    }

    /** Closes the clause being read (splitting it at clause-breaking words) and returns a new one. */
    private static List<String> nextClause(List<List<String>> clauses, List<String> clause) {
        List<String> current = new ArrayList<>();
        for (String word : clause) {
            if (word == null) {
                addIfNotEmpty(clauses, current);
                current = new ArrayList<>();
            } else {
                current.add(word);
            }
        }
        addIfNotEmpty(clauses, current);
        return new ArrayList<>();
    }

    private void addWrittenOut(List<String> words, StringBuilder word) {
        int start = 0;
        int end = word.length();
        while (start < end && word.charAt(start) == '\'') {
            start++;
        }
        while (end > start && word.charAt(end - 1) == '\'') {
            end--;
        }
        if (start < end) {
            String written = writtenOut(word.substring(start, end));
            int from = 0;
            for (int space = written.indexOf(' '); space >= 0; space = written.indexOf(' ', from)) {
                if (space > from) {
                    words.add(written.substring(from, space));
                }
                from = space + 1;
            }
            if (from < written.length()) {
                words.add(written.substring(from));
            }
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u02BC' || c == '`';
    }

    private static boolean endsClause(char c) {
        return ".!?;:,()[]\"\u2014\u2013".indexOf(c) >= 0;
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
