package org.needsspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimedPausesTest {

    @Test
    void eachTimedPauseComesWithItsLengthAndThePlainWordsSaidSinceThePauseBefore() {
        List<TimedPauses.Pause> pauses = TimedPauses.of("Breathe <emphasis level=\"moderate\">in</emphasis> slowly."
                + " <break time=\"4s\"/> Hold. <break time=\"1.5s\"/><break time=\"500ms\"/> Out. <break strength=\"weak\"/>");
        assertEquals(List.of(new TimedPauses.Pause("Breathe in slowly.", 4000), new TimedPauses.Pause("Hold.", 1500),
                new TimedPauses.Pause("", 500)), pauses);
        assertEquals(3, pauses.get(0).wordCount());
        assertEquals(0, pauses.get(2).wordCount());
    }

    @Test
    void wordsAreCountedBetweenWhitespace() {
        assertEquals(0, TimedPauses.wordCount("  "));
        assertEquals(4, TimedPauses.wordCount(" Here's  a self care"));
    }
}
