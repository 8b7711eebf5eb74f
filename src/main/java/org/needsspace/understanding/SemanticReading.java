package org.needsspace.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.needsspace.understanding.semantic.DangerClassifier;
import org.needsspace.understanding.semantic.Encoding;
import org.needsspace.understanding.semantic.ExampleVectors;
import org.needsspace.understanding.semantic.LinearProbe;
import org.needsspace.understanding.semantic.NearestExamples;
import org.needsspace.understanding.semantic.SentenceEncoder;
import org.needsspace.understanding.semantic.Votes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the sentence encoder makes of a sentence: how the closest training lines vote on it, and whether they speak
 * of danger, in the whole sentence or in any stretch of a long one: enough of them, or some of them with the probe
 * for danger ({@link LinearProbe}) finding it too. Danger the rules found stands, unless it reads as a figure of
 * speech: not self-harm, hardly any of the closest lines speaking of danger, and the classifier of danger trained on
 * top of the encoder ({@link DangerClassifier}) finding almost none.
 */
final class SemanticReading {

    private static final Logger LOG = LoggerFactory.getLogger(SemanticReading.class);
    private static final String SAFETY_PREFIX = Meaning.Kind.SAFETY.prefix();
    private static final String SELF_HARM = "self-harm";
    /** The encoder reads this many words at most, so a turn's time stays bounded; the rules read them all. */
    static final int MOST_WORDS = 80;

    private final SentenceEncoder encoder;
    private final NearestExamples nearest;
    private final LinearProbe dangerProbe;
    private final Optional<DangerClassifier> classifier;
    private final UnderstandingData.Semantic settings;

    private SemanticReading(SentenceEncoder encoder, NearestExamples nearest, LinearProbe dangerProbe,
                            Optional<DangerClassifier> classifier, UnderstandingData.Semantic settings) {
        this.encoder = encoder;
        this.nearest = nearest;
        this.dangerProbe = dangerProbe;
        this.classifier = classifier;
        this.settings = settings;
    }

    /** A reading without a classifier of danger: danger the rules found always stands. */
    static SemanticReading of(SentenceEncoder encoder, ExampleVectors vectors, UnderstandingData.Semantic settings) {
        return of(encoder, vectors, Optional.empty(), settings);
    }

    static SemanticReading of(SentenceEncoder encoder, ExampleVectors vectors, Optional<DangerClassifier> classifier,
                              UnderstandingData.Semantic settings) {
        if (!encoder.name().equals(vectors.encoder())) {
            throw new IllegalStateException("The example vectors were made by " + vectors.encoder()
                    + ", not by " + encoder.name());
        }
        return new SemanticReading(encoder, new NearestExamples(vectors, settings.neighbours(), settings.temperature()),
                vectors.dangerProbe(), classifier, settings);
    }

    /**
     * @param danger "violence", "self-harm" or "danger" when the votes speak of it
     * @param votes  the votes on the whole sentence
     * @param ending the votes on the last stretch of a long one, where people who vent first put their question
     */
    record Reading(Optional<String> danger, Votes votes, Optional<Votes> ending) {
    }

    Reading read(String text) {
        return read(text, false, Optional.empty());
    }

    /**
     * @param dangerDenied whether the rules find a danger named only to be denied, which then needs more votes
     * @param ruled        the danger the rules found, which the reading keeps unless it reads as a figure of speech
     */
    Reading read(String text, boolean dangerDenied, Optional<String> ruled) {
        List<String> all = List.of(plain(text).split(" "));
        List<String> words = all.subList(0, Math.min(all.size(), MOST_WORDS));
        String read = String.join(" ", words);
        Encoding encoding = ruled.isPresent() ? encoder.encodeWithTokens(read)
                : new Encoding(encoder.encode(read), Optional.empty());
        float[] sentence = encoding.vector();
        Votes whole = nearest.vote(sentence);
        if (ruled.isPresent() && !readsAsFigure(ruled.get(), whole, encoding)) {
            return new Reading(ruled, whole, Optional.empty());
        }
        double leastShare = dangerDenied ? settings.deniedSafetyShare() : settings.safetyShare();
        Optional<String> danger = dangerIn(whole, leastShare, settings.dangerClosest());
        if (danger.isEmpty() && !dangerDenied && dangerProbe.probability(sentence) >= settings.probeProbability()) {
            danger = dangerIn(whole, settings.probeSupportShare(), settings.dangerClosest());
        }
        int window = settings.windowWords();
        Optional<Votes> ending = Optional.empty();
        if (danger.isEmpty() && window > 0 && words.size() > window) {
            for (List<String> stretch : new LinkedHashSet<>(windows(words, window))) {
                Votes votes = nearest.vote(encoder.encode(String.join(" ", stretch)));
                danger = dangerIn(votes, settings.windowSafetyShare(), settings.dangerClosest());
                if (danger.isPresent()) {
                    break;
                }
                ending = Optional.of(votes);
            }
        }
        return new Reading(danger, whole, ending);
    }

    private boolean readsAsFigure(String ruled, Votes whole, Encoding encoding) {
        return !ruled.equals(SELF_HARM) && classifier.isPresent() && encoding.tokens().isPresent()
                && whole.shareOf(SemanticReading::isSafety) < settings.figureShare()
                && dangerProbability(encoding) < settings.figureProbability();
    }

    /** The classifier's probability of danger; certain danger if it fails, so that the rules' alarm stands. */
    private double dangerProbability(Encoding encoding) {
        try {
            return classifier.orElseThrow().probability(encoding.tokens().orElseThrow());
        } catch (RuntimeException e) {
            LOG.error("The classifier of danger failed: the rules' alarm stands", e);
            return 1;
        }
    }

    private static Optional<String> dangerIn(Votes votes, double leastShare, double leastClosest) {
        if (votes.closest() < leastClosest || votes.shareOf(SemanticReading::isSafety) < leastShare) {
            return Optional.empty();
        }
        return votes.best(SemanticReading::isSafety).map(vote -> Meaning.parse(vote.label(), 1).value());
    }

    static boolean isSafety(String label) {
        return label.startsWith(SAFETY_PREFIX);
    }

    /** Stretches of {@code size} words, each starting half a stretch after the one before, the last one ending the text. */
    static List<List<String>> windows(List<String> words, int size) {
        List<List<String>> windows = new ArrayList<>();
        int step = Math.max(1, size / 2);
        for (int start = 0; ; start += step) {
            int end = Math.min(words.size(), start + size);
            windows.add(words.subList(Math.max(0, end - size), end));
            if (end == words.size()) {
                return windows;
            }
        }
    }

    /** Lower case, and every mark but the apostrophe made a space: the way the training lines are written. */
    static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]+", " ").trim().replaceAll(" +", " ");
    }
}
