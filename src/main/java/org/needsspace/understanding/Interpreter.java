package org.needsspace.understanding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.needsspace.domain.Guide;
import org.needsspace.domain.Section;
import org.needsspace.understanding.semantic.Votes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What free text means: danger first, always, by the rules and by the sentence encoder; then a step named by
 * number; then the meaning the encoder's closest training lines agree on; else the closest meaning by the words of
 * its examples and, for the guide's sections, by their own text.
 */
final class Interpreter {

    private static final Logger LOG = LoggerFactory.getLogger(Interpreter.class);
    private static final String SECTION_PREFIX = Meaning.Kind.SECTION.prefix() + ":";
    private static final String FIRST_CHOICE = "nav:choice-1";
    private static final String SECOND_CHOICE = "nav:choice-2";
    private static final double STEP_CONFIDENCE = 0.9;

    private final ClauseSplitter spokenWords;
    private final Terms terms;
    private final SafetyScreen safety;
    private final StepReference steps;
    private final ExampleIndex index;
    private final UnderstandingData.Thresholds thresholds;
    private final UnderstandingData.GeneralMeaning general;
    private final UnderstandingData.Semantic semanticSettings;
    private final Set<String> examples;

    private Interpreter(ClauseSplitter spokenWords, Terms terms, SafetyScreen safety, StepReference steps,
                          ExampleIndex index, UnderstandingData.Thresholds thresholds,
                          UnderstandingData.GeneralMeaning general, UnderstandingData.Semantic semanticSettings,
                          Set<String> examples) {
        this.spokenWords = spokenWords;
        this.terms = terms;
        this.safety = safety;
        this.steps = steps;
        this.index = index;
        this.thresholds = thresholds;
        this.general = general;
        this.semanticSettings = semanticSettings;
        this.examples = Set.copyOf(examples);
    }

    /** The words of a sentence and the danger in them: all a safety check needs, built on its own. */
    record Screening(ClauseSplitter spokenWords, SafetyScreen safety, List<WordPattern> withoutCalling) {

        static Screening build(UnderstandingData data) {
            WordPattern.Compiler compiler = new WordPattern.Compiler(data.safety().concepts());
            return new Screening(new ClauseSplitter(data.rewrites(), data.wordEndings(), Set.copyOf(data.clauseBreaks())),
                    SafetyScreen.compile(data.safety()),
                    data.safety().withoutCalling().stream().map(compiler::compile).toList());
        }

        Optional<String> danger(String text) {
            return safety.danger(spokenWords.clauses(text));
        }

        Optional<SafetyScreen.Alarm> alarm(String text) {
            return safety.alarm(spokenWords.clauses(text));
        }

        boolean asksWithoutCalling(String text) {
            return spokenWords.clauses(text).stream().anyMatch(clause -> withoutCalling.stream()
                    .anyMatch(pattern -> !pattern.spans(clause).isEmpty()));
        }
    }

    static Interpreter build(UnderstandingData data, Guide guide, Screening screening) {
        ClauseSplitter spokenWords = screening.spokenWords();
        Terms terms = new Terms(Set.copyOf(data.stopWords()), data.phrases(), data.synonyms(),
                Stems.forLanguage(data.stemmer()));
        SafetyScreen safety = screening.safety();
        StepReference steps = new StepReference(Set.copyOf(data.steps().nouns()), data.steps().numbers(),
                data.steps().ordinals());
        Map<String, List<Set<String>>> examples = new LinkedHashMap<>();
        data.meanings().forEach((label, phrasings) -> {
            Meaning.parse(label, 0);
            List<Set<String>> ofLabel = new ArrayList<>();
            for (String phrasing : phrasings) {
                Set<String> exampleTerms = terms.of(spokenWords.words(phrasing));
                if (!exampleTerms.isEmpty()) {
                    ofLabel.add(exampleTerms);
                }
            }
            examples.put(label, ofLabel);
        });
        Map<String, Set<String>> sectionTexts = new LinkedHashMap<>();
        for (Section section : guide.sections()) {
            Set<String> text = new HashSet<>(terms.of(spokenWords.words(section.title())));
            text.addAll(terms.of(spokenWords.words(section.text())));
            sectionTexts.put(SECTION_PREFIX + section.id(), text);
            examples.computeIfAbsent(SECTION_PREFIX + section.id(), label -> new ArrayList<>())
                    .add(terms.of(spokenWords.words(section.title())));
        }
        ExampleIndex index = new ExampleIndex(examples, sectionTexts, data.thresholds().sectionText(),
                data.thresholds().closestExample(), data.thresholds().knownWordsFloor(), data.thresholds().fewWords(),
                data.thresholds().fewWordsFloor());
        Set<String> written = new HashSet<>();
        data.meanings().values().forEach(written::addAll);
        return new Interpreter(spokenWords, terms, safety, steps, index, data.thresholds(), data.generalMeaning(),
                data.semantic(), written);
    }

    /** The examples of every meaning, as written in the data. */
    Set<String> examples() {
        return examples;
    }

    /** The danger in this text, if any: "violence", "self-harm" or "danger". Checked before anything else. */
    Optional<String> danger(String text) {
        return safety.danger(spokenWords.clauses(text));
    }

    /**
     * Danger first: the rules, then the encoder's reading (either raises it; the encoder needs more of its votes when
     * the rules find a danger named only to be denied, and the rules' danger gives way only where every rule fired on a
     * figurative word and the reading finds it a figure of speech); then a step named by number; then the meaning the encoder's
     * closest training lines agree on, except that a long outpouring of feeling that ends on a question from the guide
     * gets that answer with the feeling acknowledged; then, when they agree on none, the closest meaning by the
     * examples' words.
     */
    Meaning interpret(String text, Optional<SemanticReading> semantic) {
        List<List<String>> clauses = spokenWords.clauses(text);
        Optional<SafetyScreen.Alarm> alarm = safety.alarm(clauses);
        Optional<String> ruled = alarm.map(SafetyScreen.Alarm::danger);
        Optional<SemanticReading.Reading> reading = alarm.isPresent() && !alarm.get().figurative() ? Optional.empty()
                : semantic.flatMap(encoder -> readingOf(encoder, text, safety.deniesDanger(clauses), ruled));
        if (alarm.isPresent() && reading.isEmpty()) {
            return new Meaning(Meaning.Kind.SAFETY, alarm.get().danger(), 1);
        }
        if (reading.isPresent() && reading.get().danger().isPresent()) {
            return new Meaning(Meaning.Kind.SAFETY, reading.get().danger().get(), 1);
        }
        List<String> words = new ArrayList<>();
        clauses.forEach(words::addAll);
        Optional<Integer> step = steps.find(words);
        if (step.isPresent()) {
            return Meaning.parse("nav:step-" + step.get(), STEP_CONFIDENCE);
        }
        List<ExampleIndex.Score> ranked = index.rank(terms.of(words)).stream()
                .filter(score -> !isChoice(score.label())).toList();
        Optional<Meaning> agreed = reading.flatMap(read -> meaningVotedFor(read.votes()));
        Optional<Meaning> askedLast = reading.flatMap(SemanticReading.Reading::ending).flatMap(this::meaningVotedFor)
                .filter(meaning -> isAnswer(meaning.label()));
        if (askedLast.isPresent() && agreed.isEmpty()) {
            return askedLast.get();
        }
        if (askedLast.isPresent() && agreed.get().kind() == Meaning.Kind.FEELING) {
            return askedLast.get().withFeeling(agreed.get().value());
        }
        // Nearly every outpouring says the partner needs space, so its whole is voted the headline question; a
        // section asked for at its end is what the person wants to know.
        if (askedLast.isPresent() && agreed.get().kind() == Meaning.Kind.HEADLINE
                && askedLast.get().kind() == Meaning.Kind.SECTION) {
            Meaning section = askedLast.get();
            return agreed.get().feeling().map(section::withFeeling).orElse(section);
        }
        if (agreed.isPresent()) {
            return withFeelingOfTheWords(agreed.get(), ranked);
        }
        return byExampleWords(ranked);
    }

    /** The encoder's reading, or none if it fails at run time: the rules then answer alone, as without an encoder. */
    private static Optional<SemanticReading.Reading> readingOf(SemanticReading semantic, String text,
                                                               boolean dangerDenied, Optional<String> ruled) {
        try {
            return Optional.of(semantic.read(text, dangerDenied, ruled));
        } catch (RuntimeException e) {
            LOG.error("The sentence encoder failed on a turn: the rules answer it alone", e);
            return Optional.empty();
        }
    }

    /** An answer from the guide the encoder chose keeps a feeling the examples' words find said along with it. */
    private Meaning withFeelingOfTheWords(Meaning meaning, List<ExampleIndex.Score> ranked) {
        if (!isAnswer(meaning.label()) || meaning.feeling().isPresent() || ranked.isEmpty()) {
            return meaning;
        }
        return headlineWithFeeling(ranked).flatMap(Meaning::feeling).map(meaning::withFeeling).orElse(meaning);
    }

    /**
     * The meaning most of the closest training lines share, if enough do and the closest is close enough; an answer
     * from the guide with a second one nearly as voted for is ambiguous, and a feeling voted for along with it is
     * acknowledged first.
     */
    private Optional<Meaning> meaningVotedFor(Votes votes) {
        Optional<Votes.Vote> best = votes.best(label -> !SemanticReading.isSafety(label) && !isChoice(label));
        if (best.isEmpty() || best.get().share() < semanticSettings.understood()
                || votes.closest() < semanticSettings.closest()) {
            return Optional.empty();
        }
        Votes.Vote chosen = best.get();
        Meaning meaning = Meaning.parse(chosen.label(), chosen.share());
        Optional<Votes.Vote> answer = votes.best(this::isAnswer);
        if (meaning.kind() == Meaning.Kind.FEELING && answer.isPresent()
                && answer.get().share() >= semanticSettings.feelingShare()) {
            return Optional.of(Meaning.parse(answer.get().label(), answer.get().share()).withFeeling(meaning.value()));
        }
        if (!isAnswer(chosen.label())) {
            return Optional.of(meaning);
        }
        Optional<Votes.Vote> runnerUp = votes.best(label -> isAnswer(label) && !label.equals(chosen.label()));
        if (runnerUp.isPresent() && (runnerUp.get().share() >= chosen.share() * semanticSettings.ambiguous()
                || runnerUp.get().similarity() >= chosen.similarity() - semanticSettings.ambiguousCloseness())) {
            meaning = meaning.withAlternative(runnerUp.get().label());
        }
        String feelingPrefix = Meaning.Kind.FEELING.prefix() + ":";
        Optional<Votes.Vote> feeling = votes.best(label -> label.startsWith(feelingPrefix));
        if (feeling.isPresent() && feeling.get().share() >= semanticSettings.feelingShare()) {
            meaning = meaning.withFeeling(feeling.get().label().substring(feelingPrefix.length()));
        }
        return Optional.of(meaning);
    }

    private Meaning byExampleWords(List<ExampleIndex.Score> ranked) {
        if (ranked.isEmpty() || ranked.get(0).score() < thresholds.understood()) {
            return Meaning.notUnderstood();
        }
        Optional<Meaning> feltWithHeadline = headlineWithFeeling(ranked);
        if (feltWithHeadline.isPresent()) {
            return feltWithHeadline.get();
        }
        ExampleIndex.Score best = specificOverGeneral(ranked);
        Meaning meaning = Meaning.parse(best.label(), Math.min(1, best.score()));
        if (isAnswer(best.label()) && best.score() < thresholds.certain()) {
            Optional<ExampleIndex.Score> runnerUp = ranked.stream()
                    .filter(score -> isAnswer(score.label()) && !score.label().equals(best.label()))
                    .findFirst();
            if (runnerUp.isPresent() && runnerUp.get().score() >= best.score() * thresholds.ambiguous()) {
                return meaning.withAlternative(runnerUp.get().label());
            }
        }
        return meaning;
    }

    /**
     * "She wants space and I'm freaking out": the headline question and a feeling, both about as likely, are both
     * answered (the feeling acknowledged first).
     */
    private Optional<Meaning> headlineWithFeeling(List<ExampleIndex.Score> ranked) {
        ExampleIndex.Score best = ranked.get(0);
        String feelingPrefix = Meaning.Kind.FEELING.prefix() + ":";
        Optional<ExampleIndex.Score> headline = ranked.stream().filter(score -> score.label().equals(general.label())).findFirst();
        Optional<ExampleIndex.Score> feeling = ranked.stream().filter(score -> score.label().startsWith(feelingPrefix)).findFirst();
        if (headline.isEmpty() || feeling.isEmpty()
                || !(best == headline.get() || best == feeling.get())) {
            return Optional.empty();
        }
        double weaker = Math.min(headline.get().score(), feeling.get().score());
        if (weaker < best.score() * thresholds.ambiguous() || weaker < thresholds.understood()) {
            return Optional.empty();
        }
        return Optional.of(Meaning.parse(general.label(), headline.get().score())
                .withFeeling(feeling.get().label().substring(feelingPrefix.length())));
    }

    /** The headline question gives way to a section that scores nearly as well: the section is the better answer. */
    private ExampleIndex.Score specificOverGeneral(List<ExampleIndex.Score> ranked) {
        ExampleIndex.Score best = ranked.get(0);
        if (!best.label().equals(general.label())) {
            return best;
        }
        String specific = general.yieldsTo() + ":";
        return ranked.stream()
                .filter(score -> score.label().startsWith(specific) && score.score() >= general.margin() * best.score())
                .findFirst()
                .orElse(best);
    }

    /** A meaning answered from the guide: a section, or the headline question's overview. */
    private boolean isAnswer(String label) {
        return label.startsWith(SECTION_PREFIX) || label.equals(general.label());
    }

    private static boolean isChoice(String label) {
        return label.equals(FIRST_CHOICE) || label.equals(SECOND_CHOICE);
    }

    /**
     * The answer to an either-or question between meanings answered from the guide (labels such as
     * "section:active-listening" or "headline"): "the first one", "the second", or words closer to one of them.
     */
    Optional<String> choose(String text, List<String> labels) {
        List<ExampleIndex.Score> ranked = index.rank(terms.of(spokenWords.words(text)));
        for (ExampleIndex.Score score : ranked) {
            if (score.score() < thresholds.understood()) {
                break;
            }
            if (score.label().equals(FIRST_CHOICE) && !labels.isEmpty()) {
                return Optional.of(labels.get(0));
            }
            if (score.label().equals(SECOND_CHOICE) && labels.size() > 1) {
                return Optional.of(labels.get(1));
            }
            if (labels.contains(score.label())) {
                return Optional.of(score.label());
            }
        }
        return Optional.empty();
    }
}
