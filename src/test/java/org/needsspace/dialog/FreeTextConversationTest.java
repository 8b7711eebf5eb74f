package org.needsspace.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.needsspace.TestContent;
import org.needsspace.alexa.turn.Speech;
import org.needsspace.content.Content;
import org.needsspace.content.Phrase;
import org.needsspace.domain.Section;
import org.needsspace.progress.InMemoryProgressStore;

/** What people say in their own words, through the model, the catch-all and the understanding, as conversations. */
class FreeTextConversationTest {

    private static final Content CONTENT = TestContent.english();
    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final HeardAnswer heard = new HeardAnswer(CONTENT);

    private Dialog newUser() {
        return new Dialog(store, "robin");
    }

    private static Section section(String id) {
        return CONTENT.guide().section(id).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't want to be alive", "I feel like ending it all", "I'm not safe at home",
            "he gets angry and I'm scared", "honestly sometimes I want to hurt myself",
            "ever since she left I keep thinking I want to hurt myself", "nobody would even notice if I was gone",
            "he took my phone and won't let me leave the house"})
    void dangerSaidInOwnWordsGetsTheNumbersAtOnce(String words) {
        Dialog dialog = newUser().says("go to step two").says(words);
        dialog.hears("911", "1-800-799-7233", "988").sessionStaysOpen();
        assertTrue(dialog.ssml().contains("<say-as interpret-as=\"telephone\">988</say-as>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"he would never hurt me he just needs space", "I'm not scared of him I'm scared of losing him",
            "this waiting is killing me", "I feel safe with him I just don't understand"})
    void harmlessWordsAboutHurtOrFearRaiseNoAlarm(String words) {
        Dialog dialog = newUser().says("go to step two").says(words);
        dialog.doesNotHear("911", "988").sessionStaysOpen();
    }

    @Test
    void sayThoseNumbersAgainRepeatsTheNumbersOnly() {
        Dialog dialog = newUser().says("I don't feel safe").hears(CONTENT.safety().intro());
        dialog.says("can you say those numbers again").hears("1-800-799-7233", "988", "911")
                .doesNotHear(CONTENT.safety().intro());
        dialog.says("repeat").hears("988").doesNotHear(CONTENT.safety().intro());
    }

    @ParameterizedTest
    @ValueSource(strings = {"my husband says he needs space and I don't know what to do",
            "my girlfriend said she needs some time apart", "how long should I give him space",
            "why does he need space", "is it my fault"})
    void theHeadlineQuestionAsPeopleAskItGetsTheOverview(String words) {
        Dialog dialog = newUser().says(words);
        String answer = heard.of(dialog);
        if (answer.startsWith("which:headline|")) {
            dialog.says("the first one");
        } else if (answer.startsWith("which:") && answer.endsWith("|headline")) {
            dialog.says("the second one");
        }
        dialog.hears(plain(Phrase.HEADLINE_OVERVIEW)).sessionStaysOpen();
    }

    @Test
    void theHeadlineAskedAgainInTheSameSessionGetsTheOverviewNotAWelcome() {
        Dialog dialog = newUser().says("my partner needs space").says("next").hearsSection(section("active-listening"));
        dialog.says("my partner needs space")
                .hears(plain(Phrase.HEADLINE_OVERVIEW), "You're on step one, Communicate: Active listening.")
                .doesNotHear("Welcome back")
                .says("yes").hearsSection(section("active-listening"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm heartbroken", "I miss him so much it hurts", "I feel so anxious", "I can't sleep",
            "I feel so lonely without her", "I can't stop thinking about what he said"})
    void feelingsGetComfortNotARefusal(String words) {
        Dialog dialog = newUser().says(words);
        assertTrue(heard.of(dialog).startsWith("feeling:"), words + " was heard as " + heard.of(dialog));
        dialog.doesNotHear("Sorry").sessionStaysOpen();
    }

    @Test
    void theSameFeelingSaidAgainIsMetInOtherWords() {
        Dialog dialog = newUser().says("I'm heartbroken");
        String first = dialog.spoken();
        dialog.says("no").says("I'm heartbroken");
        assertNotEquals(first, dialog.spoken(), "the same words twice in a row");
    }

    @Test
    void anxietyGetsAPacedBreathingExerciseAtOnce() {
        Dialog dialog = newUser().says("I feel so anxious");
        assertTrue(heard.of(dialog).equals("feeling:anxious"));
        assertTrue(CONTENT.selfCare().stream().filter(prompt -> prompt.isOfKind("breathing"))
                .anyMatch(prompt -> dialog.ssml().contains(prompt.ssml())), "a breathing exercise: " + dialog.spoken());
    }

    @Test
    void lonelinessOffersLeaningOnFriendsAndYesReadsIt() {
        newUser().says("I feel so lonely without her")
                .hears("Would you like to hear about leaning on friends and family?")
                .says("yes").hearsSection(section("friends-and-family"));
    }

    @Test
    void cantSleepOffersAWindDownAndYesGivesOne() {
        Dialog dialog = newUser().says("I can't sleep").says("yes");
        assertTrue(HeardAnswer.isOfKind(heard.of(dialog), "sleep"), heard.of(dialog));
    }

    @ParameterizedTest
    @ValueSource(strings = {"give me a breathing exercise", "can we do a breathing exercise", "help me breathe"})
    void aBreathingExerciseIsAlwaysABreathingExercise(String words) {
        for (int i = 0; i < 6; i++) {
            Dialog dialog = new Dialog(store, "breather-" + i).opensTheSkill().says(words);
            assertTrue(HeardAnswer.isOfKind(heard.of(dialog), "breathing"), words + " gave " + heard.of(dialog));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"another one", "one more", "again"})
    void anotherOneAfterAnExerciseIsADifferentExercise(String words) {
        Dialog dialog = newUser().opensTheSkill().says("give me a breathing exercise");
        String first = heard.of(dialog);
        dialog.says(words);
        String second = heard.of(dialog);
        assertTrue(second.startsWith("selfcare:"), words + " gave " + second);
        assertNotEquals(first, second, "a different exercise");
        assertTrue(HeardAnswer.isOfKind(second, "breathing"), "another of the kind asked for: " + second);
    }

    @Test
    void sectionsAreFoundFromTheirOwnWords() {
        newUser().says("should I get therapy").hearsSection(section("professional-guidance"));
        newUser().says("tell me about talking to family").hearsSection(section("friends-and-family"));
        newUser().says("is it okay if I keep texting him every day").hearsSection(section("avoiding-pressure"));
    }

    @Test
    void twoEquallyLikelySectionsGetOneEitherOrQuestionAndTheAnswerIsActedOn() {
        Dialog dialog = newUser().says("talk to him or give him space");
        String question = heard.of(dialog);
        assertTrue(question.startsWith("which:"), "an either-or question: " + dialog.spoken());
        String second = question.substring(question.indexOf('|') + 1);
        dialog.says("the second one");
        assertEquals(second.equals("headline") ? "headline" : "section:" + second, heard.of(dialog));
    }

    @Test
    void notUnderstoodIsNeverColdAndChangesAsMissesRepeat() {
        Dialog dialog = newUser().opensTheSkill();
        Set<String> answers = new HashSet<>();
        dialog.saysSomethingAlexaCannotPlace().doesNotHear("Sorry, I can't help").sessionStaysOpen();
        answers.add(dialog.spoken());
        assertTrue(anyWording(Phrase.NOT_UNDERSTOOD_FIRST, dialog.spoken()));
        dialog.saysSomethingAlexaCannotPlace().sessionStaysOpen();
        assertTrue(anyWording(Phrase.NOT_UNDERSTOOD_SECOND, dialog.spoken()), "the second miss offers the steps");
        answers.add(dialog.spoken());
        dialog.saysSomethingAlexaCannotPlace().sessionStaysOpen();
        assertTrue(anyWording(Phrase.NOT_UNDERSTOOD_THIRD, dialog.spoken()), "the third miss offers help");
        assertTrue(dialog.spoken().contains("not safe"), "and a way to the safety numbers");
        answers.add(dialog.spoken());
        assertEquals(3, answers.size());
        dialog.says("yes").hearsSection(section("initiating-the-conversation"));
    }

    @Test
    void aSecondMissOffersTheStepsAndYesListsThem() {
        newUser().opensTheSkill().saysSomethingAlexaCannotPlace().saysSomethingAlexaCannotPlace()
                .says("yes").hears(CONTENT.stepsOverview());
    }

    @Test
    void yesAndNoInOwnWordsAnswerTheQuestionAsked() {
        newUser().says("I feel so lonely without her").says("yes please do").hearsSection(section("friends-and-family"));
        newUser().says("I can't sleep").says("nah not right now")
                .hears(plain(Phrase.FEELING_OFFER_DECLINED)).sessionStaysOpen();
    }

    @Test
    void anUnderstoodTurnResetsTheMisses() {
        Dialog dialog = newUser().opensTheSkill().saysSomethingAlexaCannotPlace().says("go to step two")
                .saysSomethingAlexaCannotPlace();
        assertTrue(anyWording(Phrase.NOT_UNDERSTOOD_FIRST, dialog.spoken()), dialog.spoken());
    }

    @Test
    void thanksGetsAWarmReplyAndGoodbyeEndsKeepingThePlace() {
        Dialog dialog = newUser().says("go to step four").says("thank you so much that really helps");
        assertEquals("social:thanks", heard.of(dialog));
        dialog.sessionStaysOpen().says("okay I have to go now bye").sessionEnds();
        newUser().opensTheSkill().hears("Last time you were on step four");
    }

    @Test
    void wordsThatOnlyMightMeanGoodbyeDoNotEndTheSession() {
        newUser().says("go to step two").says("my boyfriend left me today goodbye to that life").sessionStaysOpen();
        newUser().says("go to step two").says("okay bye").sessionEnds();
    }

    @Test
    void saidInTheConsoleTheWordsReachTheUnderstanding() {
        Dialog dialog = newUser().says("um so like my boyfriend is pulling away and idk what to do");
        assertEquals("FreeTextIntent", dialog.intentName());
        assertFalse(heard.of(dialog).equals("not-understood"), heard.of(dialog));
    }

    private static boolean anyWording(Phrase phrase, String spoken) {
        List<String> wordings = CONTENT.templates(phrase);
        return wordings.stream().anyMatch(wording -> spoken.startsWith(org.needsspace.alexa.turn.Speech.plainText(wording)));
    }

    private static String plain(Phrase phrase) {
        return org.needsspace.alexa.turn.Speech.plainText(CONTENT.template(phrase));
    }
}
