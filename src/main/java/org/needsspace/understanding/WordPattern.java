package org.needsspace.understanding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern over words, written in the understanding data and compiled to a regular expression:
 * <ul>
 *   <li>{@code hurt} the word; {@code hurt*} any word starting so; {@code hit|hits|beat*} any of these;</li>
 *   <li>{@code (take the kids|kill me)} any of these word sequences;</li>
 *   <li>{@code @person} any entry of the concept "person" (each entry is itself a pattern, e.g. {@code [my] partner});</li>
 *   <li>{@code [ ... ]} optional; {@code ~3} up to three words of anything; {@code !away} or {@code !(go away|off)}
 *       what follows is not this;</li>
 *   <li>{@code ^} only at the start of the clause.</li>
 * </ul>
 * Example: {@code @person [@aux] [@aux] hit|hits|hitting me|us}.
 */
final class WordPattern {

    /** Where a pattern matched, in words of the clause: [start, end). */
    record Span(int start, int end) {
    }

    /**
     * Words one of which any match must contain: the first words of an element that always takes a word. A pattern
     * needs every such element's anchor in the words; checking that first lets most patterns skip the regular
     * expression altogether.
     */
    record Anchor(Set<String> words, List<String> prefixes) {

        static final Anchor ANY = new Anchor(null, List.of());

        int size() {
            return words == null ? Integer.MAX_VALUE : words.size() + prefixes.size();
        }
    }

    private final String source;
    private final Compiler compiler;
    private final List<Anchor> anchors;
    /** Written and compiled on first use: most patterns never run, as their anchor words are not there. */
    private volatile Pattern regex;

    private WordPattern(String source, Compiler compiler, List<Anchor> anchors) {
        this.source = source;
        this.compiler = compiler;
        this.anchors = List.copyOf(anchors);
    }

    static WordPattern compile(String source, Map<String, List<String>> concepts) {
        return new Compiler(concepts).compile(source);
    }

    /**
     * Compiles patterns over one set of concepts, expanding each concept once: the rules of a locale share their
     * concepts, and expanding them again for every use would cost most of the loading time.
     */
    static final class Compiler {

        private final Map<String, List<String>> concepts;
        private final Map<String, String> conceptRegex = new java.util.HashMap<>();
        private final Map<String, Anchor> conceptAnchor = new java.util.HashMap<>();

        Compiler(Map<String, List<String>> concepts) {
            this.concepts = concepts;
        }

        WordPattern compile(String source) {
            return WordPattern.compile(source, this);
        }

        String regexOf(String concept, String source) {
            String cached = conceptRegex.get(concept);
            if (cached == null) {
                List<String> entries = concepts.get(concept);
                if (entries == null) {
                    throw new IllegalArgumentException("Unknown concept @" + concept + " in pattern: " + source);
                }
                List<String> options = new ArrayList<>();
                entries.forEach(entry -> options.add(sequence(elements(entry), this, source)));
                cached = "(?:" + String.join("|", options) + ")";
                conceptRegex.put(concept, cached);
            }
            return cached;
        }

        Anchor anchorOf(String concept) {
            Anchor cached = conceptAnchor.get(concept);
            if (cached == null) {
                Set<String> words = new HashSet<>();
                List<String> prefixes = new ArrayList<>();
                cached = new Anchor(words, prefixes);
                for (String entry : concepts.getOrDefault(concept, List.of())) {
                    Anchor inner = firstWords(entry.contains(" ") ? "(" + entry + ")" : entry, this);
                    if (inner.words() == null) {
                        cached = Anchor.ANY;
                        break;
                    }
                    words.addAll(inner.words());
                    prefixes.addAll(inner.prefixes());
                }
                if (cached != Anchor.ANY) {
                    cached = new Anchor(Set.copyOf(words), List.copyOf(prefixes));
                }
                conceptAnchor.put(concept, cached);
            }
            return cached;
        }
    }

    private static WordPattern compile(String source, Compiler concepts) {
        List<String> elements = elements(source);
        List<Anchor> anchors = new ArrayList<>();
        for (String element : elements) {
            Anchor anchor = firstWords(element, concepts);
            if (anchor != Anchor.ANY) {
                anchors.add(anchor);
            }
        }
        anchors.sort(java.util.Comparator.comparingInt(Anchor::size));
        return new WordPattern(source, concepts, anchors);
    }

    /** The regular expression the pattern stands for; throws on a pattern the syntax does not allow. */
    private static String regexOf(String source, Compiler concepts) {
        List<String> elements = elements(source);
        StringBuilder regex = new StringBuilder();
        int first = 0;
        if (!elements.isEmpty() && elements.get(0).equals("^")) {
            regex.append("^ ");
            first = 1;
        } else {
            regex.append("(?<= )");
        }
        regex.append(sequence(elements.subList(first, elements.size()), concepts, source));
        return regex.toString();
    }

    /** Every place the pattern matches these words, left to right. */
    List<Span> spans(List<String> words) {
        String text = " " + String.join(" ", words) + " ";
        Matcher matcher = regex().matcher(text);
        List<Span> spans = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new Span(wordIndexAt(text, matcher.start()), wordIndexAt(text, matcher.end())));
            if (matcher.end() == matcher.start()) {
                break;
            }
        }
        return spans;
    }

    String source() {
        return source;
    }

    /** Writes and compiles the regular expression now; the data's tests call it for every rule. */
    Pattern regex() {
        Pattern compiled = regex;
        if (compiled == null) {
            compiled = Pattern.compile(regexOf(source, compiler));
            regex = compiled;
        }
        return compiled;
    }

    /** For each element the pattern needs, the words (or word beginnings) one of which a match must hold. */
    List<Anchor> anchors() {
        return anchors;
    }

    /** The words an element that always takes a word can start with; ANY when it may take none or is too complex. */
    private static Anchor firstWords(String element, Compiler concepts) {
        if (element.startsWith("[") || element.startsWith("~") || element.startsWith("!") || element.equals("^")) {
            return Anchor.ANY;
        }
        List<String> options = element.startsWith("(")
                ? splitTopLevel(element.substring(1, element.length() - 1), '|')
                : List.of(element.split("\\|"));
        Set<String> words = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String option : options) {
            List<String> parts = elements(option);
            if (parts.isEmpty()) {
                return Anchor.ANY;
            }
            String head = parts.get(0);
            if (head.startsWith("@")) {
                Anchor inner = concepts.anchorOf(head.substring(1));
                if (inner.words() == null) {
                    return Anchor.ANY;
                }
                words.addAll(inner.words());
                prefixes.addAll(inner.prefixes());
            } else if (head.startsWith("[") || head.startsWith("~") || head.startsWith("(") || head.startsWith("!")) {
                return Anchor.ANY;
            } else if (head.endsWith("*")) {
                prefixes.add(head.substring(0, head.length() - 1));
            } else {
                words.add(head);
            }
        }
        return new Anchor(Set.copyOf(words), List.copyOf(prefixes));
    }

    private static int wordIndexAt(String text, int position) {
        int spaces = 0;
        for (int i = 0; i < position; i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
            }
        }
        return Math.max(0, spaces - 1);
    }

    private static String sequence(List<String> elements, Compiler concepts, String source) {
        StringBuilder regex = new StringBuilder();
        for (String element : elements) {
            regex.append(element(element, concepts, source));
        }
        return regex.toString();
    }

    private static String element(String element, Compiler concepts, String source) {
        if (element.startsWith("[")) {
            List<String> inner = elements(element.substring(1, element.length() - 1));
            return "(?:" + sequence(inner, concepts, source) + ")?";
        }
        if (element.startsWith("(")) {
            return group(element, concepts, source);
        }
        if (element.startsWith("~")) {
            return "(?:\\S+ ){0," + Integer.parseInt(element.substring(1)) + "}";
        }
        if (element.startsWith("!")) {
            String negated = element.substring(1);
            return "(?!" + (negated.startsWith("(") ? group(negated, concepts, source)
                    : alternatives(negated, concepts, source)) + ")";
        }
        if (element.equals("^")) {
            throw new IllegalArgumentException("^ may only start a pattern: " + source);
        }
        return alternatives(element, concepts, source);
    }

    /** "(a b|c)": any of the word sequences between the parentheses. */
    private static String group(String element, Compiler concepts, String source) {
        if (!element.endsWith(")")) {
            throw new IllegalArgumentException("A group must end with ')': " + element + " in pattern: " + source);
        }
        List<String> options = new ArrayList<>();
        for (String option : splitTopLevel(element.substring(1, element.length() - 1), '|')) {
            options.add(sequence(elements(option), concepts, source));
        }
        return "(?:" + String.join("|", options) + ")";
    }

    private static String alternatives(String element, Compiler concepts, String source) {
        List<String> options = new ArrayList<>();
        for (String atom : element.split("\\|")) {
            if (atom.startsWith("@")) {
                options.add(concepts.regexOf(atom.substring(1), source));
            } else {
                options.add(words(atom, source));
            }
        }
        return "(?:" + String.join("|", options) + ")";
    }

    /** One or more words, each consumed with the space after it. */
    private static String words(String words, String source) {
        StringBuilder regex = new StringBuilder();
        for (String word : words.trim().split(" +")) {
            boolean prefix = word.endsWith("*");
            String letters = prefix ? word.substring(0, word.length() - 1) : word;
            if (!isWord(letters)) {
                throw new IllegalArgumentException("Not a word or word prefix: '" + word + "' in pattern: " + source);
            }
            // Letters and digits need no quoting in a regular expression.
            regex.append(letters).append(prefix ? "\\S* " : " ");
        }
        return regex.toString();
    }

    private static boolean isWord(String letters) {
        if (letters.isEmpty()) {
            return false;
        }
        for (int i = 0; i < letters.length(); i++) {
            if (!Character.isLetterOrDigit(letters.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            }
            if (c == separator && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** Splits at spaces, keeping a bracketed group (which may hold spaces and brackets) as one element. */
    private static List<String> elements(String source) {
        List<String> elements = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : source.trim().toCharArray()) {
            if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
                if (depth < 0) {
                    throw new IllegalArgumentException("Unbalanced ] in pattern: " + source);
                }
            }
            if (c == ' ' && depth == 0) {
                if (current.length() > 0) {
                    elements.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("Unbalanced [ in pattern: " + source);
        }
        if (current.length() > 0) {
            elements.add(current.toString());
        }
        return elements;
    }
}
