package org.needsspace.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.needsspace.TestContent;
import org.needsspace.understanding.semantic.DangerClassifier;
import org.needsspace.understanding.semantic.Encoding;
import org.needsspace.understanding.semantic.ExampleVectors;
import org.needsspace.understanding.semantic.SentenceEncoder;
import org.needsspace.understanding.semantic.TokenOutputs;
import org.needsspace.understanding.semantic.TrainingLine;
import org.needsspace.understanding.semantic.WordCountEncoder;

/**
 * Danger the rules found gives way only where the reading finds a figure of speech: a classifier of danger on the
 * encoder's token outputs finding almost none, and hardly any closest line speaking of danger; never for self-harm.
 * On a stand-in encoder (word counts, one token) and classifiers that give a fixed probability.
 */
class FigureOfSpeechTest {

    private static final WordCountEncoder WORDS = new WordCountEncoder(List.of(
            "cupboard", "rope", "ready", "garden", "plants", "water", "hit", "me"));
    private static final SentenceEncoder ENCODER = new TokenEncoder(WORDS);
    private static final ExampleVectors VECTORS = ExampleVectors.encode(List.of(
            new TrainingLine("safety:self-harm", "ann", "rope ready cupboard"),
            new TrainingLine("safety:violence", "bob", "cupboard rope"),
            new TrainingLine("section:pursuing-interests", "ann", "garden plants water"),
            new TrainingLine("section:pursuing-interests", "bob", "water plants"),
            new TrainingLine("section:pursuing-interests", "cat", "water the garden")), ENCODER, "digest");
    private static final UnderstandingData.Semantic SETTINGS =
            new UnderstandingData.Semantic(3, 0.05, 0.4, 0.9, 0.3, 0.1, 0.8, 0, 0.6, 0.4, 0.45, 0.8, 0.02, 0.25, 0.1, 0.03);

    @Test
    void theRulesDangerGivesWayWhereTheClassifierAndTheClosestLinesFindNone() {
        SemanticReading.Reading reading = reading(0.01).read("water the garden plants", false, Optional.of("violence"));

        assertEquals(Optional.empty(), reading.danger());
        assertEquals("section:pursuing-interests", reading.votes().votes().get(0).label());
    }

    @Test
    void theRulesDangerStandsWhereTheClassifierFindsSome() {
        assertEquals(Optional.of("violence"),
                reading(0.03).read("water the garden plants", false, Optional.of("violence")).danger());
    }

    @Test
    void theRulesDangerStandsWhereEnoughOfTheClosestLinesSpeakOfDanger() {
        assertEquals(Optional.of("violence"),
                reading(0.0).read("water plants rope cupboard", false, Optional.of("violence")).danger());
    }

    @Test
    void theRulesDangerStandsWhereTheClassifierFails() {
        SemanticReading reading = reading(tokens -> {
            throw new IllegalStateException("ONNX Runtime failed to classify");
        });

        assertEquals(Optional.of("violence"),
                reading.read("water the garden plants", false, Optional.of("violence")).danger());
    }

    @Test
    void selfHarmTheRulesFoundNeverGivesWay() {
        assertEquals(Optional.of("self-harm"),
                reading(0.0).read("water the garden plants", false, Optional.of("self-harm")).danger());
    }

    @Test
    void withoutAClassifierOrTokenOutputsTheRulesDangerStands() {
        assertEquals(Optional.of("violence"), SemanticReading.of(ENCODER, VECTORS, SETTINGS)
                .read("water the garden plants", false, Optional.of("violence")).danger());
        SemanticReading sentenceVectorsOnly = SemanticReading.of(WORDS, ExampleVectors.encode(VECTORS.lines(), WORDS,
                "digest"), Optional.of(tokens -> 0.0), SETTINGS);
        assertEquals(Optional.of("violence"),
                sentenceVectorsOnly.read("water the garden plants", false, Optional.of("violence")).danger());
    }

    @Test
    void theClassifierReadsTheSentencesTokensOnlyWhenTheRulesFoundDanger() {
        List<TokenOutputs> read = new ArrayList<>();
        SemanticReading reading = reading(tokens -> {
            read.add(tokens);
            return 0.5;
        });

        reading.read("water the garden plants", false, Optional.empty());
        assertEquals(List.of(), read);
        reading.read("water the garden plants", false, Optional.of("violence"));
        assertEquals(1, read.size());
        assertEquals(List.of(WORDS.encode("water the garden plants")).get(0)[5], read.get(0).values()[5]);
    }

    @Test
    void aHarmlessFigureTheRulesTakeForViolenceGetsItsOwnAnswer() {
        assertEquals("safety:violence", understanding(0.5).interpret("he hit me").label());
        assertEquals("section:pursuing-interests", understanding(0.01).interpret("hit me with water for the garden plants").label());
        assertEquals("safety:violence", understanding(0.5).interpret("hit me with water for the garden plants").label());
    }

    @Test
    void anAlarmOnWordsWithoutAnEverydaySenseNeverGivesWay() {
        assertEquals("safety:violence", understanding(0.0).interpret("he hurts me water the garden plants").label());
        assertEquals("safety:violence", understanding(0.0).interpret("i walk on eggshells water the garden plants").label());
    }

    @Test
    void anEncoderFailingAtRunTimeLeavesTheRulesToAnswerAndTheirAlarmToStand() {
        SentenceEncoder failing = new SentenceEncoder() {
            @Override
            public String name() {
                return WORDS.name();
            }

            @Override
            public float[] encode(String sentence) {
                throw new IllegalStateException("ONNX Runtime failed to encode");
            }
        };
        Understanding understanding = understanding(failing, 0.0);

        assertEquals("safety:violence", understanding.interpret("hit me with water for the garden plants").label());
        assertEquals("safety:violence", understanding.interpret("he hit me").label());
        assertEquals("headline", understanding.interpret("what should i do if he needs space").label());
    }

    private static SemanticReading reading(double probability) {
        return reading(tokens -> probability);
    }

    private static SemanticReading reading(DangerClassifier classifier) {
        return SemanticReading.of(ENCODER, VECTORS, Optional.of(classifier), SETTINGS);
    }

    private static Understanding understanding(double probability) {
        return understanding(ENCODER, probability);
    }

    private static Understanding understanding(SentenceEncoder encoder, double probability) {
        UnderstandingData data = TestContent.englishUnderstandingData();
        UnderstandingData withSettings = new UnderstandingData(data.stemmer(), data.rewrites(), data.wordEndings(),
                data.clauseBreaks(), data.stopWords(), data.phrases(), data.synonyms(), data.steps(), data.safety(),
                data.meanings(), data.generalMeaning(), data.thresholds(), SETTINGS);
        return Understanding.of(() -> withSettings, TestContent.english().guide(), () -> encoder, () -> VECTORS,
                () -> tokens -> probability);
    }

    /** The word-count encoder, with its sentence vector as the output of its one token. */
    private record TokenEncoder(WordCountEncoder words) implements SentenceEncoder {

        @Override
        public String name() {
            return words.name();
        }

        @Override
        public float[] encode(String sentence) {
            return words.encode(sentence);
        }

        @Override
        public Encoding encodeWithTokens(String sentence) {
            float[] vector = words.encode(sentence);
            return new Encoding(vector, Optional.of(new TokenOutputs(1, vector.length, vector)));
        }
    }
}
