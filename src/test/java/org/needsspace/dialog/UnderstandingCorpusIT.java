package org.needsspace.dialog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needsspace.TestContent;

/**
 * The corpus of things people say, every line run through the real path: the interaction model's intents (as the
 * console maps typed words), else the catch-all, the understanding, and the skill's answer, judged by what the user
 * hears. Each line is said by a new user in the middle of step three (after "go to step three"), so that "next",
 * "where was I" and "another one" have a context; "another one" follows an exercise and "say the numbers again"
 * follows the safety guidance. An either-or question counts when the line's section is one of the two and choosing
 * it reads it. {@link UnderstandingCorpusTest} holds the safety and harmless lines in the unit phase.
 */
class UnderstandingCorpusIT {

    private static final double OVERALL_TARGET = 0.90;
    private static final HeardAnswer HEARD = new HeardAnswer(TestContent.english());

    private static final List<CorpusLine> CORPUS = CorpusLine.all();
    private static Map<CorpusLine, String> HEARD_ANSWERS;

    @BeforeAll
    static void sayEveryLine() {
        HEARD_ANSWERS = CorpusRun.sayEach(CORPUS, HEARD);
    }

    @Test
    void understandsNinetyPercentOfWhatPeopleSayAndEverySafetyLineWithoutFalseAlarms() {
        CorpusScore score = new CorpusScore("Understanding corpus (" + CORPUS.size() + " lines, the real path):");
        for (CorpusLine line : CORPUS) {
            String heard = HEARD_ANSWERS.get(line);
            score.add(line, heard, CorpusRun.isRight(line, heard));
        }
        System.out.print(score.table());
        assertTrue(score.reaches(OVERALL_TARGET), score.table() + score.misses());
    }
}
