package org.needsspace.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.needsspace.TestContent;
import org.needsspace.content.Content;
import org.needsspace.progress.InMemoryProgressStore;

/** What follows a disclosure: help for someone who cannot be heard calling, and a calm answer to taking it back. */
class SafetyFollowUpConversationTest {

    private static final Content CONTENT = TestContent.english();
    private static final HeardAnswer HEARD = new HeardAnswer(CONTENT);
    private final InMemoryProgressStore store = new InMemoryProgressStore();

    @ParameterizedTest
    @ValueSource(strings = {"I can't call, he'll hear me", "can I text someone", "is there a way to get help without calling",
            "is there a number I can text", "I can't talk on the phone he's in the next room"})
    void someoneWhoCannotCallHearsTheWaysToTextOrChat(String words) {
        Dialog dialog = new Dialog(store, "sam").says("I don't feel safe").says(words);

        heardSafetyGuidance(dialog.doesNotHear(CONTENT.safety().intro()), "text START to", "88788", "chat", "911");
    }

    @ParameterizedTest
    @ValueSource(strings = {"say that again", "yes", "what was the number"})
    void sayingItAgainRepeatsTheWaysWithoutCalling(String words) {
        Dialog dialog = new Dialog(store, "max").says("I can't call, he'll hear me").hears("88788");

        heardSafetyGuidance(dialog.says(words).doesNotHear("1-800-799-7233"), "88788", "911");
    }

    @ParameterizedTest
    @ValueSource(strings = {"can I text someone for help", "I can't call he'll hear me"})
    void askingForHelpWithoutCallingNeedsNoDisclosureFirst(String words) {
        heardSafetyGuidance(new Dialog(store, "kim").says("go to step two").says(words), "88788", "911");
    }

    @ParameterizedTest
    @ValueSource(strings = {"can I text him tonight", "I can't talk to her about it", "I want him to hear me out"})
    void textingOrTalkingToThePartnerIsNotAskingForHelp(String words) {
        Dialog dialog = new Dialog(store, "lee").says("go to step two").says(words);

        dialog.doesNotHear("88788").sessionStaysOpen();
        assertFalse(CorpusLine.isSafetyAnswer(HEARD.of(dialog)), HEARD.of(dialog));
    }

    @ParameterizedTest
    @ValueSource(strings = {"forget I said anything", "I'm fine, it's not that bad", "I'm probably overreacting"})
    void takingItBackRightAfterTheNumbersGetsACalmAnswerThatKeepsTheDoorOpen(String words) {
        Dialog dialog = new Dialog(store, "ash").says("he hurts me").says(words);

        dialog.hears("what happens next is your choice", "The numbers are here whenever you want them")
                .doesNotHear("911", "breath", CONTENT.guide().sections().get(0).text()).sessionStaysOpen();
        assertEquals("social:set-aside", HEARD.of(dialog));
    }

    @ParameterizedTest
    @ValueSource(strings = {"forget I said anything he'll kill me if he finds out", "I'm fine it's not that bad I just want to die"})
    void takingItBackWithDangerInTheSameBreathGetsTheNumbersAgain(String words) {
        heardSafetyGuidance(new Dialog(store, "jo").says("he hurts me").says(words), "911", "988");
    }

    /** The user heard these words, in an answer that is the safety guidance, and the session goes on. */
    private static void heardSafetyGuidance(Dialog dialog, String... fragments) {
        dialog.hears(fragments).sessionStaysOpen();
        assertTrue(CorpusLine.isSafetyAnswer(HEARD.of(dialog)), HEARD.of(dialog));
    }
}
