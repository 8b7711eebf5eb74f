package org.needsspace.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises danger in what someone said: partner violence, threats and control, fear for one's safety,
 * self-harm and suicide, an emergency; said directly or indirectly. Each rule is a {@link WordPattern}. A rule
 * marked negatable does not fire when a negation governs it ("he would never hurt me", "I'm not scared of
 * him"); rules about self-harm are never negatable, so that doubt always reaches the safety answer.
 */
final class SafetyScreen {

    /**
     * One rule of the data: which danger its pattern signals, whether a negation cancels it, and whether it starts
     * with the person who acts ({@code @person ...}), who may be missing from what reached the skill.
     */
    record Rule(String danger, WordPattern pattern, boolean negatable, boolean startsWithActor) {
    }

    /**
     * The danger the rules found, and whether every rule that fired did so on a danger word that everyday speech
     * also uses as a figure ("my mum would kill me", "shoot me a reminder"), so that the alarm may be a figure of
     * speech.
     */
    record Alarm(String danger, boolean figurative) {
    }

    private static final String ACTOR = "@person ";

    private static final int NEGATION_REACH_BEFORE = 3;
    private static final int CANCELLER_REACH = 4;

    private final List<Rule> rules;
    /** Which anchors of which rules a word (or a word beginning) satisfies, so that only rules it could fire run. */
    private final Map<String, List<int[]>> anchorsByWord = new HashMap<>();
    private final Map<String, List<int[]>> anchorsByPrefix = new HashMap<>();
    private final long[] allAnchors;
    private final Set<String> negators;
    private final Set<String> notNegating;
    private final List<String> cancellers;
    private final Set<String> subjects;
    private final String droppedSubject;
    private final Set<String> figurativeWords;

    /**
     * @param negators    words that negate what follows them in the clause
     * @param notNegating a negator with the word after it that does not deny the danger ("not sure", "not know")
     * @param cancellers  words just before a negator that turn it into a report ("at least he is not yelling")
     * @param subjects    words a clause with its own subject starts with ("i", "he", "my", "what", ...)
     * @param droppedSubject the actor read into a clause that starts without one: Alexa's carrier phrases take the
     *                    first words ("he {Text}" hands over "takes my phone"), so the actor may be missing
     * @param figurativeWords danger words everyday speech also uses as figures ({@link Alarm#figurative()})
     */
    SafetyScreen(List<Rule> rules, Set<String> negators, Set<String> notNegating, List<String> cancellers,
                 Set<String> subjects, String droppedSubject, Set<String> figurativeWords) {
        this.rules = List.copyOf(rules);
        this.negators = Set.copyOf(negators);
        this.notNegating = Set.copyOf(notNegating);
        this.cancellers = List.copyOf(cancellers);
        this.subjects = Set.copyOf(subjects);
        this.droppedSubject = droppedSubject;
        this.figurativeWords = Set.copyOf(figurativeWords);
        this.allAnchors = new long[this.rules.size()];
        for (int rule = 0; rule < this.rules.size(); rule++) {
            List<WordPattern.Anchor> anchors = this.rules.get(rule).pattern().anchors();
            for (int anchor = 0; anchor < anchors.size() && anchor < Long.SIZE; anchor++) {
                allAnchors[rule] |= 1L << anchor;
                int[] ruleAndAnchor = {rule, anchor};
                anchors.get(anchor).words().forEach(word ->
                        anchorsByWord.computeIfAbsent(word, key -> new ArrayList<>()).add(ruleAndAnchor));
                anchors.get(anchor).prefixes().forEach(prefix ->
                        anchorsByPrefix.computeIfAbsent(prefix, key -> new ArrayList<>()).add(ruleAndAnchor));
            }
        }
    }

    static SafetyScreen compile(UnderstandingData.Safety data) {
        List<Rule> compiled = new ArrayList<>();
        WordPattern.Compiler compiler = new WordPattern.Compiler(data.concepts());
        for (UnderstandingData.SafetyRule rule : data.rules()) {
            compiled.add(new Rule(rule.danger(), compiler.compile(rule.pattern()), rule.negatable(),
                    rule.pattern().startsWith(ACTOR)));
        }
        return new SafetyScreen(compiled, Set.copyOf(data.negators()), Set.copyOf(data.notNegating()),
                data.negationCancellers(), Set.copyOf(data.subjects()), data.droppedSubject(),
                Set.copyOf(data.figurativeWords()));
    }

    /** The kind of danger in these clauses ("violence", "self-harm" or "danger"), if any rule fires. */
    Optional<String> danger(List<List<String>> clauses) {
        return alarm(clauses).map(Alarm::danger);
    }

    /**
     * The danger in these clauses, of the first rule that fires in the first clause where one does, and whether it
     * may be a figure of speech: every rule that fires, in every clause, fires on words among which is one of the
     * figurative words.
     */
    Optional<Alarm> alarm(List<List<String>> clauses) {
        Optional<String> danger = Optional.empty();
        boolean figurative = true;
        for (List<String> clause : clauses) {
            List<Fired> fired = firedIn(clause);
            if (danger.isEmpty() && !fired.isEmpty()) {
                danger = Optional.of(fired.get(0).danger());
            }
            figurative &= fired.stream().allMatch(rule -> rule.words().stream().anyMatch(figurativeWords::contains));
        }
        boolean figure = figurative;
        return danger.map(kind -> new Alarm(kind, figure));
    }

    /** A rule that fired, on these words. */
    private record Fired(String danger, List<String> words) {
    }

    /** The rules that fire in the clause, in their order; with the dropped actor read in if none does and it has no subject. */
    private List<Fired> firedIn(List<String> clause) {
        List<Fired> fired = fired(clause, false);
        if (fired.isEmpty() && !subjects.contains(clause.get(0))) {
            List<String> withActor = new ArrayList<>(clause.size() + 1);
            withActor.add(droppedSubject);
            withActor.addAll(clause);
            return fired(withActor, true);
        }
        return fired;
    }

    private List<Fired> fired(List<String> clause, boolean actorRulesOnly) {
        long[] found = anchorsFound(clause);
        List<Fired> fired = new ArrayList<>();
        for (int index = 0; index < rules.size(); index++) {
            Rule rule = rules.get(index);
            if (actorRulesOnly && !rule.startsWithActor() || found[index] != allAnchors[index]) {
                continue;
            }
            for (WordPattern.Span span : rule.pattern().spans(clause)) {
                if (!rule.negatable() || !negated(clause, span)) {
                    fired.add(new Fired(rule.danger(), clause.subList(span.start(), span.end())));
                }
            }
        }
        return fired;
    }

    /**
     * Whether clauses in which no rule fires ({@link #danger} found nothing) name a danger only to deny it ("I'm not
     * scared of him", "he would never hurt me"): a negatable rule's words are there, governed by a negation.
     */
    boolean deniesDanger(List<List<String>> clauses) {
        for (List<String> clause : clauses) {
            long[] found = anchorsFound(clause);
            for (int index = 0; index < rules.size(); index++) {
                Rule rule = rules.get(index);
                if (rule.negatable() && found[index] == allAnchors[index] && !rule.pattern().spans(clause).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean negated(List<String> clause, WordPattern.Span span) {
        for (int i = Math.max(0, span.start() - NEGATION_REACH_BEFORE); i < span.end(); i++) {
            if (negators.contains(clause.get(i)) && !notNegating.contains(withNext(clause, i)) && !cancelled(clause, i)) {
                return true;
            }
        }
        return false;
    }

    private long[] anchorsFound(List<String> clause) {
        long[] found = new long[rules.size()];
        for (String word : clause) {
            mark(found, anchorsByWord.get(word));
            for (int length = 1; length <= word.length(); length++) {
                mark(found, anchorsByPrefix.get(word.substring(0, length)));
            }
        }
        return found;
    }

    private static void mark(long[] found, List<int[]> anchors) {
        if (anchors != null) {
            for (int[] ruleAndAnchor : anchors) {
                found[ruleAndAnchor[0]] |= 1L << ruleAndAnchor[1];
            }
        }
    }

    private static String withNext(List<String> clause, int i) {
        return i + 1 < clause.size() ? clause.get(i) + " " + clause.get(i + 1) : clause.get(i);
    }

    private boolean cancelled(List<String> clause, int negator) {
        String before = " " + String.join(" ", clause.subList(Math.max(0, negator - CANCELLER_REACH), negator)) + " ";
        for (String canceller : cancellers) {
            if (before.contains(" " + canceller + " ")) {
                return true;
            }
        }
        return false;
    }

    int ruleCount() {
        return rules.size();
    }
}
