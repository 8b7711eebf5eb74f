package org.needsspace.dialog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.needsspace.TestContent;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.domain.Guide;
import org.needsspace.domain.Section;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.progress.UserKey;

class ConversationTest {

    private final Guide guide = TestContent.english().guide();
    private final InMemoryProgressStore store = new InMemoryProgressStore();

    private Dialog newUser() {
        return new Dialog(store, "alex");
    }

    private Section section(String id) {
        return guide.section(id).orElseThrow();
    }

    @Test
    void aFirstVisitIsWelcomedWithTheDisclaimerAndAskedToBegin() {
        newUser().opensTheSkill()
                .hears("Welcome", "This is general information, not professional advice.", "six steps",
                        "Shall we begin with step one?")
                .sessionStaysOpen()
                .says("yes")
                .hears("Six steps can help")
                .hearsSection(section("initiating-the-conversation"))
                .hears("Next is Active listening. Shall I go on?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"what should I do if he needs space", "what should I do if she needs space",
            "what do I do when they need space", "what should I do if my partner needs space",
            "my boyfriend wants space", "my girlfriend needs some space", "my husband asked for space",
            "what should I do if my wife needs space", "he says he needs space"})
    void theHeadlineQuestionInAnyWordingGivesTheOverviewThenStepOne(String question) {
        newUser().says(question)
                .isHeardAs("NeedsSpaceIntent")
                .hears("Six steps can help", "communicate, respect boundaries, focus on yourself")
                .hears("not professional advice")
                .hearsSection(section("initiating-the-conversation"))
                .sessionStaysOpen();
    }

    @Test
    void aReturningUserIsOfferedTheirPlaceByNameAndYesResumesThere() {
        newUser().says("what should I do if he needs space").says("go to step three").says("next").says("stop");

        newUser().opensTheSkill()
                .hears("Last time you were on step three, Focus on yourself: Pursuing interests. Want to pick up there?")
                .says("yes")
                .hearsSection(section("pursuing-interests"))
                .hears("Next is step four, Reassurance. Shall I go on?");
    }

    @Test
    void aReturningUserAskingTheHeadlineQuestionIsOfferedTheirPlaceToo() {
        newUser().says("tell me about avoiding pressure").says("stop");
        newUser().says("what should I do if my partner needs space")
                .hears("Last time you were on step four, Reassurance: Avoiding pressure.");
    }

    @Test
    void noToResumingOffersStartingOverOrTheOverview() {
        newUser().says("go to step five").says("stop");
        newUser().opensTheSkill()
                .says("no")
                .hears("start from the beginning", "what are the steps")
                .sessionStaysOpen()
                .says("yes")
                .hearsSection(section("initiating-the-conversation"));
    }

    @Test
    void namedTopicsAndPlainQuestionsReadThatSectionAndMoveThePlace() {
        Dialog dialog = newUser().opensTheSkill();
        dialog.says("how do I practice active listening").hearsSection(section("active-listening"));
        dialog.says("tell me about self care").hearsSection(section("self-care-practices"));
        dialog.says("should I see a therapist").hearsSection(section("professional-guidance"));
        dialog.says("how do I give him space without losing our connection")
                .hearsSection(section("giving-space-without-disconnecting"));
        dialog.says("how do I reassure him").hearsSection(section("expressing-support"));
        dialog.says("where was I").hears("You're on step four, Reassurance: Expressing support.");
        dialog.says("next").hearsSection(section("avoiding-pressure"));
    }

    @Test
    void anUnknownTopicGetsAKindAnswerAndKeepsThePlace() {
        newUser().says("go to step two")
                .says("tell me about astrology")
                .doesNotHear("Sorry", "I can't help", "I don't have a part on that")
                .hears("What would you like?")
                .sessionStaysOpen()
                .says("where was I")
                .hears("step two, Respect boundaries");
    }

    @Test
    void stepsByNumberOrOrdinal() {
        Dialog dialog = newUser().opensTheSkill();
        dialog.says("go to step three").hearsSection(section("self-care-practices"));
        dialog.says("the fourth step").hearsSection(section("expressing-support"));
        dialog.says("read step six").hearsSection(section("friends-and-family"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"go to step nine", "go to step zero", "go to step minus one"})
    void stepNumbersOutsideOneToSixGetAHelpfulAnswer(String request) {
        newUser().says("go to step two")
                .says(request)
                .hears("There are six steps", "Which step would you like, from one to six?")
                .sessionStaysOpen()
                .says("where was I").hears("step two");
    }

    @Test
    void walksTheWholeGuideWithNextThenSaysItIsTheEnd() {
        Dialog dialog = newUser().says("what should I do if he needs space");
        List<Section> sections = guide.sections();
        for (int i = 1; i < sections.size(); i++) {
            dialog.says("next").hearsSection(sections.get(i));
        }
        dialog.hears("That's the end of the guide. Would you like a self care idea?");
        dialog.says("next").hears("You've reached the end of the guide").sessionStaysOpen();
        dialog.says("yes").hears("Would you like another one?");
        assertTrue(dialog.cardTitle().orElse("").equals("A self care idea"), "an exercise is given");
    }

    @Test
    void eachTurnNamesWhatComesNextAndYesGoesOn() {
        newUser().says("go to step one")
                .hears("Next is Active listening. Shall I go on?")
                .says("yes").hearsSection(section("active-listening"))
                .hears("Next is step two, Respect boundaries. Shall I go on?")
                .says("yes").hearsSection(section("giving-space-without-disconnecting"));
    }

    @Test
    void previousRepeatStartOverAndResume() {
        Dialog dialog = newUser().says("go to step two");
        dialog.says("previous").hearsSection(section("active-listening"));
        String before = dialog.spoken();
        dialog.says("repeat").hears(before);
        dialog.says("start over").hearsSection(section("initiating-the-conversation"));
        dialog.says("previous").hears("You're at the very beginning").hearsSection(section("initiating-the-conversation"));
        dialog.says("go to step five").says("help").says("resume").hearsSection(section("reflecting-on-needs"));
    }

    @Test
    void whatAreTheStepsListsAllSixAndOffersStepOne() {
        newUser().says("what are the steps")
                .hears("one, communicate", "Two, respect boundaries", "Three, focus on yourself", "Four, reassurance",
                        "Five, evaluate the relationship", "six, seek support", "shall I start at step one?")
                .says("yes")
                .hearsSection(section("initiating-the-conversation"));
    }

    @Test
    void whereWasIBeforeStartingOffersToBegin() {
        newUser().says("where was I").hears("You haven't started the guide yet. Shall we begin with step one?")
                .says("yes").hearsSection(section("initiating-the-conversation"));
    }

    @Test
    void selfCarePromptsDoNotRepeatUntilAllHaveBeenHeard() {
        int promptCount = TestContent.english().selfCare().size();
        Dialog dialog = newUser().opensTheSkill();
        Set<String> heard = new HashSet<>();
        for (int i = 0; i < promptCount; i++) {
            dialog.says(i == 0 ? "give me a self care idea" : "yes").hears("Would you like another one?");
            assertTrue(heard.add(dialog.cardText().orElseThrow()), "heard twice before the round ended: " + dialog.spoken());
        }
        dialog.says("I need a self care prompt").hears("Would you like another one?");
        assertTrue(heard.contains(dialog.cardText().orElseThrow()), "a new round reuses the prompts");
    }

    @Test
    void selfCarePromptsRememberedAcrossSessions() {
        Dialog first = newUser().says("give me a self care idea");
        String firstPrompt = first.spoken();
        first.says("stop");
        for (int i = 0; i < 5; i++) {
            Dialog later = newUser().says("give me a self care idea");
            assertFalse(later.spoken().equals(firstPrompt), "a prompt heard in an earlier session came back");
            later.says("stop");
        }
    }

    @Test
    void noToAnotherSelfCareIdeaOffersTheDailyReminderOnceThenGoesBackToTheGuide() {
        Dialog dialog = newUser().says("go to step three").says("give me a self care idea").says("no")
                .hears("Would you like me to remind you every day to take a moment for yourself?")
                .says("no")
                .hears("I won't ask again", "Shall I go on with the guide, at Pursuing interests?");
        dialog.says("give me a self care idea").says("no")
                .doesNotHear("remind you")
                .hears("Shall I go on with the guide, at Pursuing interests?")
                .says("yes").hearsSection(section("pursuing-interests"));
    }

    @Test
    void aDeclinedReminderOfferIsNeverMadeAgainInALaterSession() {
        InMemoryProgressStore kept = new InMemoryProgressStore();
        new Dialog(kept, "decliner").opensTheSkill().says("give me a self care idea").says("no").says("no")
                .hears("I won't ask again").says("stop");
        new Dialog(kept, "decliner").opensTheSkill().says("give me a self care idea").says("no")
                .doesNotHear("remind you");
    }

    @Test
    void theReminderOfferIsMadeOncePerSessionUntilAnswered() {
        Dialog dialog = newUser().opensTheSkill().says("give me a self care idea").says("no")
                .hears("remind you every day");
        dialog.says("go to step three").says("give me a self care idea").says("no").doesNotHear("remind you");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't feel safe", "he hurts me", "I'm scared of him", "I want to hurt myself"})
    void aUserWhoIsNotSafeHearsEmergencyNumbersAtOnce(String words) {
        Dialog dialog = newUser().says("go to step two").says(words);
        dialog.hears("911", "National Domestic Violence Hotline", "1-800-799-7233", "text START to 88788", "988")
                .sessionStaysOpen();
        assertTrue(dialog.ssml().contains("<say-as interpret-as=\"telephone\">1-800-799-7233</say-as>"));
        assertTrue(dialog.ssml().contains("<say-as interpret-as=\"telephone\">988</say-as>"));
        assertTrue(dialog.ssml().contains("<say-as interpret-as=\"telephone\">911</say-as>"));
        dialog.says("yes").hears("1-800-799-7233").doesNotHear(TestContent.english().safety().intro());
        dialog.says("no").hears("I'm here whenever you want to go on").sessionStaysOpen();
        dialog.says("where was I").hears("step two");
    }

    @Test
    void helpSaysWhatCanBeSaidFromWhereTheUserIs() {
        newUser().opensTheSkill().says("help").hears("what should I do if he needs space").sessionStaysOpen();
        newUser().says("go to step four").says("help").hears("You're on Expressing support", "Say next").sessionStaysOpen();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stop", "cancel"})
    void stopAndCancelSayAShortGoodbyeAndKeepThePlace(String words) {
        newUser().says("go to step five").says(words).hears("Goodbye").sessionEnds();
        newUser().opensTheSkill().hears("Last time you were on step five");
    }

    @Test
    void fallbackSaysWhatTheSkillCanDoNeverThatItCannotHelp() {
        newUser().opensTheSkill().saysSomethingAlexaCannotPlace()
                .hears("What would you like?")
                .doesNotHear("Sorry, I can't help with that")
                .sessionStaysOpen();
    }

    @Test
    void navigateHomeKeepsTheSessionGoing() {
        newUser().says("go to step two").says("go home").isHeardAs("AMAZON.NavigateHomeIntent")
                .hears("What would you like?").sessionStaysOpen();
    }

    @Test
    void walkingAwayKeepsThePlaceAndSaysNothing() {
        newUser().says("go to step six").walksAway();
        newUser().opensTheSkill().hears("Last time you were on step six, Seek support: Friends and family.");
    }

    @Test
    void yesAndNoFollowTheQuestionLastAsked() {
        newUser().opensTheSkill().says("no").hears("You can ask about any part").says("yes").hears("What would you like to do?");
        newUser().says("go to step one").says("no").hears("Take your time").sessionStaysOpen();
        newUser().says("go to step six").says("next").says("no").hears("You can ask about any part");
    }

    @Test
    void forgetMeDeletesOnlyAfterYes() {
        newUser().says("go to step three").says("forget me").hears("Are you sure?").says("no").hears("I've kept everything");
        assertTrue(store.load(UserKey.of(LocalRequests.userIdFor("alex"))).isPresent());
        newUser().says("delete my progress").says("yes").hears("I've deleted your progress");
        assertTrue(store.load(UserKey.of(LocalRequests.userIdFor("alex"))).isEmpty(), "nothing kept about the user");
        newUser().opensTheSkill().doesNotHear("Last time");
    }

    @Test
    void usersDoNotSeeEachOthersPlace() {
        new Dialog(store, "sam").says("go to step five").says("stop");
        newUser().opensTheSkill().doesNotHear("Last time").hears("Welcome");
    }
}
