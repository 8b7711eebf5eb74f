package org.needsspace.understanding.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearestExamplesTest {

    private static final WordCountEncoder ENCODER = new WordCountEncoder(
            List.of("he", "hit", "me", "text", "should", "i", "sad", "so", "game"));
    private static final List<TrainingLine> LINES = List.of(
            new TrainingLine("safety:violence", "ann", "he hit me"),
            new TrainingLine("section:avoiding-pressure", "ann", "should i text"),
            new TrainingLine("feeling:sad", "bob", "i so sad"),
            new TrainingLine("feeling:angry", "bob", "he hit the game"),
            new TrainingLine("section:avoiding-pressure", "bob", "should i text he"));
    private static final ExampleVectors VECTORS = ExampleVectors.encode(LINES, ENCODER, "digest");

    @Test
    void theClosestLinesVoteAndACloserLineWeighsMore() {
        Votes votes = new NearestExamples(VECTORS, 3, 0.05).vote(ENCODER.encode("should i text"));

        assertEquals("section:avoiding-pressure", votes.votes().get(0).label());
        assertTrue(votes.votes().get(0).share() > 0.9, votes.toString());
        assertEquals(1.0, votes.closest(), 1e-6);
        assertEquals("should i text", votes.neighbours().get(0).words());
    }

    @Test
    void onlyTheNearestNeighboursVote() {
        Votes votes = new NearestExamples(VECTORS, 1, 0.05).vote(ENCODER.encode("he hit me"));

        assertEquals(List.of(new Votes.Vote("safety:violence", 1.0, votes.closest())), votes.votes());
    }

    @Test
    void anAuthorLeftOutDoesNotVoteOnTheirOwnLines() {
        Votes votes = new NearestExamples(VECTORS, 5, 0.05).voteWithout(ENCODER.encode("he hit me"), "ann");

        assertTrue(votes.neighbours().stream().noneMatch(line -> line.author().equals("ann")), votes.toString());
        assertEquals("feeling:angry", votes.votes().get(0).label());
    }

    @Test
    void sharesAddUpToOneAndAShareOfAFamilyOfMeaningsIsTheirSum() {
        Votes votes = new NearestExamples(VECTORS, 5, 1.0).vote(ENCODER.encode("he hit text"));

        assertEquals(1.0, votes.shareOf(label -> true), 1e-9);
        assertEquals(votes.votes().stream().filter(vote -> vote.label().startsWith("section")).mapToDouble(Votes.Vote::share).sum(),
                votes.shareOf(label -> label.startsWith("section")), 1e-9);
    }

    @Test
    void vectorsWrittenAndReadBackPointTheSameWay() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VECTORS.writeTo(out);

        ExampleVectors read = ExampleVectors.readFrom(new ByteArrayInputStream(out.toByteArray()));

        assertEquals(VECTORS.lines(), read.lines());
        assertEquals("word-count", read.encoder());
        assertEquals("digest", read.source());
        for (int line = 0; line < LINES.size(); line++) {
            assertEquals(1.0, read.similarity(line, VECTORS.vector(line)), 1e-3);
        }
    }

    @Test
    void aFileThatIsNotOneOfExampleVectorsIsRefused() {
        assertThrows(IOException.class, () -> ExampleVectors.readFrom(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5})));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NearestExamples(VECTORS, 0, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new NearestExamples(VECTORS, 3, 0));
    }
}
