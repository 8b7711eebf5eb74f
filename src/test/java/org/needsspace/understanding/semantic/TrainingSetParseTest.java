package org.needsspace.understanding.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingSetParseTest {

    @Test
    void linesAreMeaningStyleAndWordsWithCommentsAndBlankLinesSkipped() {
        List<TrainingSet.Styled> lines = TrainingSet.parse("ann",
                "# a comment\nfeeling:sad\tplain\tim so low\n\nheadline\tventing\the wants space what now\n");

        assertEquals(List.of(new TrainingSet.Styled(new TrainingLine("feeling:sad", "ann", "im so low"), "plain"),
                new TrainingSet.Styled(new TrainingLine("headline", "ann", "he wants space what now"), "venting")), lines);
    }

    @Test
    void aLineWithoutThreeFieldsOrWithAnUnknownStyleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TrainingSet.parse("ann", "feeling:sad\tim so low\n"));
        assertThrows(IllegalArgumentException.class, () -> TrainingSet.parse("ann", "feeling:sad\tshouted\tim so low\n"));
        assertThrows(IllegalArgumentException.class, () -> TrainingSet.parse("ann", "feeling:sad\tplain\t \n"));
    }
}
