package org.needsspace.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.needsspace.TestContent;
import org.needsspace.understanding.semantic.ExampleVectors;
import org.needsspace.understanding.semantic.LinearProbe;
import org.needsspace.understanding.semantic.SentenceEncoder;
import org.needsspace.understanding.semantic.TrainingLine;
import org.needsspace.understanding.semantic.Votes;
import org.needsspace.understanding.semantic.WordCountEncoder;

/** The encoder's reading beside the rules, on a stand-in encoder whose vectors are word counts. */
class SemanticReadingTest {

    private static final WordCountEncoder ENCODER = new WordCountEncoder(List.of(
            "cupboard", "rope", "ready", "garden", "plants", "water", "remind", "nightly", "squeak", "zorp"));
    private static final ExampleVectors VECTORS = ExampleVectors.encode(List.of(
            new TrainingLine("safety:self-harm", "ann", "rope ready cupboard"),
            new TrainingLine("safety:self-harm", "bob", "cupboard rope"),
            new TrainingLine("section:pursuing-interests", "ann", "garden plants water"),
            new TrainingLine("section:pursuing-interests", "bob", "water plants"),
            new TrainingLine("reminder:set", "ann", "remind nightly"),
            new TrainingLine("reminder:set", "bob", "nightly remind squeak")), ENCODER, "digest");
    private static final UnderstandingData.Semantic SETTINGS =
            new UnderstandingData.Semantic(3, 0.05, 0.4, 0.9, 0.3, 0.1, 0.8, 6, 0.6, 0.4, 0.45, 0.8, 0.02, 0.25, 0.1, 0.03);

    private static Understanding understanding(Supplier<SentenceEncoder> encoder) {
        return understanding(encoder, SETTINGS);
    }

    private static Understanding understanding(Supplier<SentenceEncoder> encoder, UnderstandingData.Semantic settings) {
        return understanding(encoder, settings, VECTORS);
    }

    private static Understanding understanding(Supplier<SentenceEncoder> encoder, UnderstandingData.Semantic settings,
                                               ExampleVectors vectors) {
        UnderstandingData data = TestContent.englishUnderstandingData();
        UnderstandingData withSettings = new UnderstandingData(data.stemmer(), data.rewrites(), data.wordEndings(),
                data.clauseBreaks(), data.stopWords(), data.phrases(), data.synonyms(), data.steps(), data.safety(),
                data.meanings(), data.generalMeaning(), data.thresholds(), settings);
        return Understanding.of(() -> withSettings, TestContent.english().guide(), encoder, () -> vectors);
    }

    @Test
    void dangerTheRulesDoNotKnowIsRaisedWhenTheClosestLinesSpeakOfIt() {
        Meaning meaning = understanding(() -> ENCODER).interpret("the rope is ready in the cupboard");

        assertEquals("safety:self-harm", meaning.label());
    }

    @Test
    void dangerInOneStretchOfALongStoryIsNotOutvotedByTheRest() {
        String story = "water the garden plants water the plants in the garden and the rope is ready in the cupboard";
        SemanticReading reading = SemanticReading.of(ENCODER, VECTORS, SETTINGS);

        assertEquals(Optional.of("self-harm"), reading.read(story).danger());
        assertEquals("section:pursuing-interests", reading.read(story).votes().votes().get(0).label());
    }

    @Test
    void aFewVotesForDangerRaiseItWhenTheProbeForDangerFindsItToo() {
        UnderstandingData.Semantic evenVotes = new UnderstandingData.Semantic(3, 1.0, 0.4, 0.9, 0.3, 0.1, 0.2,
                0, 0.6, 0.4, 0.45, 0.8, 0.02, 0.25, 0.1, 0.03);
        LinearProbe probe = LinearProbe.train(VECTORS, SemanticReading::isSafety);
        ExampleVectors withProbe = VECTORS.withDangerProbe(probe);
        String sentence = "rope water plants";
        assertTrue(probe.probability(ENCODER.encode(sentence)) >= 0.2);
        assertTrue(probe.probability(ENCODER.encode("water plants garden")) < 0.2);

        Votes votes = SemanticReading.of(ENCODER, VECTORS, evenVotes).read(sentence).votes();
        double share = votes.shareOf(SemanticReading::isSafety);
        assertTrue(share >= 0.1 && share < 0.4, "some votes for danger, too few alone: " + share);
        assertEquals(Optional.empty(), SemanticReading.of(ENCODER, VECTORS, evenVotes).read(sentence).danger());
        assertEquals(Optional.of("self-harm"),
                SemanticReading.of(ENCODER, withProbe, evenVotes).read(sentence).danger());
        assertEquals(Optional.empty(),
                SemanticReading.of(ENCODER, withProbe, evenVotes).read("water plants garden").danger());
    }

    @Test
    void dangerNamedOnlyToBeDeniedNeedsMoreOfTheVotes() {
        UnderstandingData.Semantic wholeSentencesOnly = new UnderstandingData.Semantic(3, 0.05, 0.4, 0.9, 0.3, 0.1, 0.8, 0, 0.6,
                0.4, 0.45, 0.8, 0.02, 0.25, 0.1, 0.03);
        Understanding understanding = understanding(() -> ENCODER, wholeSentencesOnly);

        assertEquals("safety:self-harm", understanding.interpret("he is kind to me rope cupboard water plants").label());
        assertEquals("section:pursuing-interests",
                understanding.interpret("he never hurt me rope cupboard water plants").label());
    }

    @Test
    void aFeelingVotedForWithAQuestionFromTheGuideGetsTheAnswerWithTheFeelingAcknowledged() {
        ExampleVectors feelingAndQuestion = ExampleVectors.encode(List.of(
                new TrainingLine("feeling:sad", "ann", "squeak zorp"),
                new TrainingLine("feeling:sad", "bob", "zorp squeak"),
                new TrainingLine("section:pursuing-interests", "ann", "garden plants")), ENCODER, "digest");
        Understanding understanding = understanding(() -> ENCODER, SETTINGS, feelingAndQuestion);

        Meaning meaning = understanding.interpret("squeak zorp garden plants");

        assertEquals("section:pursuing-interests", meaning.label());
        assertEquals(Optional.of("sad"), meaning.feeling());
        assertEquals("feeling:sad", understanding.interpret("squeak zorp").label());
    }

    @Test
    void anOutpouringVotedTheHeadlineQuestionThatEndsAskingForASectionGetsTheSection() {
        ExampleVectors headlineAndSection = ExampleVectors.encode(List.of(
                new TrainingLine("headline", "ann", "garden plants water"),
                new TrainingLine("headline", "bob", "water plants"),
                new TrainingLine("section:avoiding-pressure", "ann", "remind nightly squeak"),
                new TrainingLine("section:avoiding-pressure", "bob", "nightly squeak")), ENCODER, "digest");
        Understanding understanding = understanding(() -> ENCODER, SETTINGS, headlineAndSection);

        assertEquals("headline", understanding.interpret("garden plants water garden plants water").label());
        assertEquals("section:avoiding-pressure", understanding.interpret(
                "garden plants water garden plants water garden remind nightly squeak nightly squeak").label());
    }

    @Test
    void aMeaningTheClosestLinesAgreeOnIsTheAnswer() {
        assertEquals("reminder:set", understanding(() -> ENCODER).interpret("remind me nightly").label());
    }

    @Test
    void wordsCloseToNoTrainingLineFallBackToTheRulesAndExamples() {
        assertEquals("nav:step-3", understanding(() -> ENCODER).interpret("take me to step three").label());
        assertEquals("none", understanding(() -> ENCODER).interpret("blorp").label());
    }

    @Test
    void wordsLikeNoTrainingLineRaiseNoDangerHoweverTheirNeighboursVote() {
        assertEquals("none", understanding(() -> ENCODER).interpret("zorp").label());
        assertEquals(Optional.empty(), SemanticReading.of(ENCODER, VECTORS, SETTINGS).read("zorp zorp zorp").danger());
    }

    @Test
    void aRepeatedStretchIsEncodedOnce() {
        WordCountEncoder counting = new WordCountEncoder(List.of("remind", "nightly"));
        SemanticReading reading = readingWithOneLine(counting);
        int before = counting.encoded();

        reading.read("remind ".repeat(40));

        assertEquals(before + 2, counting.encoded(), "the whole text and its one distinct window");
    }

    @Test
    void checkingASlotValueForDangerNeverLoadsTheEncoder() {
        AtomicInteger loads = new AtomicInteger();
        Understanding understanding = understanding(() -> {
            loads.incrementAndGet();
            return ENCODER;
        });

        understanding.danger("he hit me");

        assertEquals(0, loads.get());
        assertFalse(understanding.encoderLoaded());
        understanding.interpret("remind me nightly");
        assertEquals(1, loads.get());
        assertTrue(understanding.encoderLoaded());
    }

    @Test
    void aBuildStartedInTheBackgroundCanBeAwaitedBeforeTheProcessExits() throws InterruptedException {
        CountDownLatch loading = new CountDownLatch(1);
        Understanding understanding = understanding(() -> {
            try {
                loading.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ENCODER;
        });

        understanding.startBuilding();
        loading.countDown();
        understanding.awaitBuilding();

        assertTrue(understanding.encoderLoaded());
    }

    @Test
    void onlyTheUsersWordsAreEncodedNeverTheTrainingLines() {
        WordCountEncoder counting = new WordCountEncoder(List.of("remind", "nightly"));
        ExampleVectors built = ExampleVectors.encode(List.of(new TrainingLine("reminder:set", "ann", "remind nightly")),
                counting, "digest");
        int whenBuilt = counting.encoded();
        Understanding understanding = Understanding.of(() -> understandingData(), TestContent.english().guide(),
                () -> counting, () -> built);

        understanding.buildNow();
        understanding.interpret("remind me nightly");

        assertEquals(whenBuilt + 1, counting.encoded());
    }

    @Test
    void anEncoderThatCannotLoadLeavesTheRulesToAnswerAlone() {
        Understanding understanding = understanding(() -> {
            throw new UnsatisfiedLinkError("no native library for this platform");
        });

        assertEquals("safety:violence", understanding.interpret("he hits me").label());
        assertEquals("section:professional-guidance", understanding.interpret("should we see a couples counsellor").label());
        understanding.buildNow();
        assertFalse(understanding.encoderLoaded());
    }

    @Test
    void vectorsOfAnotherEncoderAreRefused() {
        SentenceEncoder other = new SentenceEncoder() {
            @Override
            public String name() {
                return "another";
            }

            @Override
            public float[] encode(String sentence) {
                return new float[0];
            }
        };
        assertThrows(IllegalStateException.class, () -> SemanticReading.of(other, VECTORS, SETTINGS));
    }

    @Test
    void aVeryLongTextIsReadByTheEncoderOnlyUpToItsLimit() {
        WordCountEncoder counting = new WordCountEncoder(List.of("remind", "nightly"));
        SemanticReading reading = readingWithOneLine(counting);
        int before = counting.encoded();

        StringBuilder text = new StringBuilder();
        for (int word = 0; word < 10_000; word++) {
            text.append("word").append(word).append(' ');
        }
        reading.read(text.toString());

        int windows = SemanticReading.windows(java.util.Collections.nCopies(SemanticReading.MOST_WORDS, "word"),
                SETTINGS.windowWords()).size();
        assertEquals(before + 1 + windows, counting.encoded());
    }

    @Test
    void windowsCoverTheWholeTextHalfOverlapping() {
        List<String> words = List.of("a", "b", "c", "d", "e", "f", "g");

        assertEquals(List.of(List.of("a", "b", "c", "d"), List.of("c", "d", "e", "f"), List.of("d", "e", "f", "g")),
                SemanticReading.windows(words, 4));
    }

    @Test
    void textIsWrittenAsTheTrainingLinesAre() {
        assertEquals("he said i'm fine ok", SemanticReading.plain("  He said: \"I'm fine\", OK?! "));
    }

    /** A reading by this encoder of a training set of one line, "remind nightly". */
    private static SemanticReading readingWithOneLine(WordCountEncoder encoder) {
        return SemanticReading.of(encoder,
                ExampleVectors.encode(List.of(new TrainingLine("reminder:set", "ann", "remind nightly")), encoder, "d"),
                SETTINGS);
    }

    private static UnderstandingData understandingData() {
        UnderstandingData data = TestContent.englishUnderstandingData();
        return new UnderstandingData(data.stemmer(), data.rewrites(), data.wordEndings(), data.clauseBreaks(),
                data.stopWords(), data.phrases(), data.synonyms(), data.steps(), data.safety(), data.meanings(),
                data.generalMeaning(), data.thresholds(), SETTINGS);
    }
}
