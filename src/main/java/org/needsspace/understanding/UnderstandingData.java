package org.needsspace.understanding;

import java.util.List;
import java.util.Map;

/**
 * How one locale is understood, as read from {@code understanding/<locale>.json}: how words are written out,
 * which words carry no meaning, phrases and synonyms, how steps are named, the safety rules, and for every
 * meaning the ways people say it.
 *
 * @param meanings each meaning's label ("headline", "section:active-listening", "feeling:anxious", ...) with
 *                 examples of how people say it
 */
public record UnderstandingData(String stemmer, Map<String, String> rewrites, Map<String, String> wordEndings,
                                List<String> clauseBreaks, List<String> stopWords, Map<String, String> phrases,
                                List<List<String>> synonyms, Steps steps, Safety safety,
                                Map<String, List<String>> meanings, GeneralMeaning generalMeaning,
                                Thresholds thresholds, Semantic semantic) {

    /**
     * The general meaning (the headline question) that gives way to a specific one (a section) scoring at least
     * {@code margin} of it: the more specific answer helps more.
     */
    public record GeneralMeaning(String label, String yieldsTo, double margin) {
    }

    /** Words that name a step ("step", "part"), cardinal numbers and ordinals. */
    public record Steps(List<String> nouns, Map<String, Integer> numbers, Map<String, Integer> ordinals) {
    }

    /**
     * @param concepts    named word lists the rules refer to as {@code @name}
     * @param notNegating a negator followed by a word that leaves the danger standing ("not sure")
     * @param negationCancellers words before a negator that leave the danger standing ("at least he's not yelling")
     * @param subjects    words a clause with its own subject starts with
     * @param droppedSubject the actor read into a clause that starts without a subject, for the rules about an actor
     * @param withoutCalling patterns of asking for help that does not need speaking on the phone ("i can not call he
     *                       will hear me", "can i text someone"): answered with the text and chat lines
     * @param figurativeWords danger words that everyday speech also uses as figures ("kill", "shoot", "hit"): only
     *                       an alarm whose every rule fired on one of them may be read as a figure of speech
     */
    public record Safety(Map<String, List<String>> concepts, List<String> negators, List<String> notNegating,
                         List<String> negationCancellers, List<String> subjects, String droppedSubject,
                         List<SafetyRule> rules, List<String> withoutCalling, List<String> figurativeWords) {

        public Safety {
            withoutCalling = withoutCalling == null ? List.of() : List.copyOf(withoutCalling);
            figurativeWords = figurativeWords == null ? List.of() : List.copyOf(figurativeWords);
        }
    }

    /** @param danger "violence", "self-harm" or "danger" */
    public record SafetyRule(String danger, String pattern, boolean negatable) {
    }

    /**
     * @param understood  the least score that counts as understood
     * @param ambiguous   a second section scoring at least this share of the first makes the text ambiguous
     * @param certain     a first section scoring at least this is never ambiguous
     * @param sectionText    how much a section's own text counts in its words, against one example
     * @param closestExample the share of a score that comes from the closest example, the rest from all together
     * @param knownWordsFloor the share of a score kept however few of the text's words the meaning knows
     * @param fewWords        a meaning whose examples hold fewer terms than this is a short command ("again")
     * @param fewWordsFloor   the share kept for a short command, which must cover most of the text to win
     */
    public record Thresholds(double understood, double ambiguous, double certain, double sectionText,
                             double closestExample, double knownWordsFloor, int fewWords, double fewWordsFloor) {
    }

    /**
     * How the sentence encoder's nearest training lines are read, calibrated on the training set by leaving each
     * author out in turn ({@code SemanticCalibration} in the tests).
     *
     * @param neighbours   how many of the closest training lines vote
     * @param temperature  how fast a vote's weight falls with its distance from the closest line
     * @param safetyShare  the share of votes for danger that raises the safety answer
     * @param deniedSafetyShare the share needed instead when the rules find a danger named only to be denied ("I'm
     *                     not scared of him"): such words sit close to the disclosures they deny
     * @param dangerClosest the least cosine of a sentence (or window) and its closest training line for its votes to
     *                     raise danger: words like no line at all (a nonsense repetition) have arbitrary neighbours
     * @param probeSupportShare a whole sentence with at least this share of votes for danger (but less than
     *                     {@code safetyShare}) raises the safety answer when the probe for danger finds it
     * @param probeProbability at least this likely ({@code LinearProbe})
     * @param windowWords  a longer sentence is also read in windows of this many words (half overlapping) for
     *                     danger, so that one clause of danger in a long story is not outvoted by the rest
     * @param windowSafetyShare the share of votes for danger in one window that raises the safety answer
     * @param understood   the least share of votes for a meaning that counts as understood
     * @param closest      the least cosine of the sentence and its closest training line that counts as understood
     * @param ambiguous    a second answer from the guide with at least this share of the first's votes makes the
     *                     sentence ambiguous
     * @param ambiguousCloseness so does a second answer whose closest line is at most this much less close
     * @param feelingShare a feeling with at least this share of the votes is acknowledged before an answer from
     *                     the guide
     * @param figureShare  danger the rules found (not self-harm) is a figure of speech only when less than this share
     *                     of the votes speak of danger...
     * @param figureProbability ...and the classifier of danger gives it less than this probability
     */
    public record Semantic(int neighbours, double temperature, double safetyShare, double deniedSafetyShare,
                           double dangerClosest, double probeSupportShare, double probeProbability, int windowWords,
                           double windowSafetyShare, double understood, double closest, double ambiguous, double ambiguousCloseness,
                           double feelingShare, double figureShare, double figureProbability) {
    }
}
