package org.needsspace.alexa.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.needsspace.SsmlCheck;
import org.needsspace.TestContent;
import org.needsspace.content.Phrase;

class SpeechTest {

    private final Speech speech = new Speech(TestContent.english());

    @Test
    void escapesTextThatWouldBreakSsml() {
        String body = speech.text("Tom & Jerry <said> \"hi\" it's").body();
        assertEquals("Tom &amp; Jerry &lt;said&gt; &quot;hi&quot; it&apos;s", body);
        SsmlCheck.assertValid(Speech.toSsml(body));
    }

    @Test
    void dropsCharactersXmlCannotCarry() {
        assertEquals("ab", Speech.escape("a\u0000\u0007b"));
    }

    @Test
    void escapesPlaceholderValuesButKeepsThePhraseMarkup() {
        String body = speech.say(Phrase.SECTION_NEXT_REPROMPT, "sectionTitle", "A & <B>").body();
        assertEquals("Shall I go on to A &amp; &lt;B&gt;?", body);
    }

    @Test
    void refusesAPhraseWithAMissingPlaceholderValue() {
        assertThrows(IllegalArgumentException.class, () -> speech.say(Phrase.SECTION_NEXT_REPROMPT));
    }

    @Test
    void refusesSpeechOverAlexasLimit() {
        assertEquals(8000, Speech.toSsml("x".repeat(8000 - 15)).length());
        assertThrows(IllegalStateException.class, () -> Speech.toSsml("x".repeat(8000 - 14)));
    }

    @Test
    void cardsGetPlainText() {
        assertEquals("Breathe in. Hold & wait.", Speech.plainText("Breathe in. <break time=\"4s\"/> Hold &amp; wait."));
    }
}
