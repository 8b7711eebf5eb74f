package org.needsspace.alexa.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.needsspace.TestContent;
import org.needsspace.alexa.HandlerTestSupport;
import org.needsspace.alexa.TestContentSections;
import org.needsspace.alexa.conversation.Answers;
import org.needsspace.alexa.conversation.Coach;
import org.needsspace.alexa.handlers.AnswerHandler;
import org.needsspace.content.Phrase;
import org.needsspace.domain.Progress;
import org.needsspace.progress.ProgressCodec;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;

@ExtendWith(MockitoExtension.class)
class HandlersTest {

    private static final UserKey USER = UserKey.of(HandlerTestSupport.USER_ID);

    @Mock
    private ProgressStore store;

    private final Answers answers = new Answers();
    private final Coach coach = answers.coach();

    @Test
    void launchForAFirstVisitWelcomesAndRecordsTheVisit() {
        when(store.load(USER)).thenReturn(Optional.empty());
        when(store.save(eq(USER), any())).thenAnswer(call -> ((Progress) call.getArgument(1)).withVersion(1));

        Response response = AnswerHandler.forRequest(LaunchRequest.class, HandlerTestSupport.turns(store), coach::launch)
                .handle(HandlerTestSupport.launch()).orElseThrow();

        assertTrue(HandlerTestSupport.speech(response).contains("not professional advice"));
        assertNotNull(response.getReprompt());
        ArgumentCaptor<Progress> saved = ArgumentCaptor.forClass(Progress.class);
        verify(store).save(eq(USER), saved.capture());
        assertTrue(saved.getValue().visited());
        assertEquals(HandlerTestSupport.NOW, saved.getValue().lastVisit());
    }

    @Test
    void launchForAReturningUserOffersTheirPlaceWithoutWriting() {
        Progress returning = Progress.newUser().visitedAt(HandlerTestSupport.NOW)
                .movedTo(TestContentSections.section("pursuing-interests"), HandlerTestSupport.NOW).withVersion(4);
        when(store.load(USER)).thenReturn(Optional.of(returning));

        Response response = AnswerHandler.forRequest(LaunchRequest.class, HandlerTestSupport.turns(store), coach::launch)
                .handle(HandlerTestSupport.launch()).orElseThrow();

        assertTrue(HandlerTestSupport.speech(response).contains("Last time you were on step three, Focus on yourself: Pursuing interests."));
        verify(store, never()).save(any(), any());
    }

    @Test
    void aTopicMovesThePlaceAndSavesOnce() {
        when(store.load(USER)).thenReturn(Optional.empty());
        when(store.save(eq(USER), any())).thenAnswer(call -> ((Progress) call.getArgument(1)).withVersion(1));
        HandlerInput input = HandlerTestSupport.intent("TopicIntent", Map.of(),
                HandlerTestSupport.resolvedSlot("Topic", "listening", "active-listening"));

        Response response = AnswerHandler.forIntent("TopicIntent", HandlerTestSupport.turns(store), answers.freeText()::topic).handle(input).orElseThrow();

        assertTrue(HandlerTestSupport.speech(response).contains("Active listening"));
        ArgumentCaptor<Progress> saved = ArgumentCaptor.forClass(Progress.class);
        verify(store).save(eq(USER), saved.capture());
        assertEquals("active-listening", saved.getValue().sectionId());
        assertEquals(Set.of("active-listening"), saved.getValue().heardSections());
    }

    @Test
    void anUnresolvedTopicThatMeansNothingGetsAKindAnswerAndStoresNothing() {
        HandlerInput input = HandlerTestSupport.intent("TopicIntent", Map.of(),
                HandlerTestSupport.unmatchedSlot("Topic", "astrology"));

        Response response = AnswerHandler.forIntent("TopicIntent", HandlerTestSupport.turns(store), answers.freeText()::topic).handle(input).orElseThrow();

        String speech = HandlerTestSupport.speech(response);
        assertTrue(TestContent.english().templates(Phrase.NOT_UNDERSTOOD_FIRST).stream()
                .anyMatch(wording -> speech.contains(wording)), speech);
        assertFalse(Boolean.TRUE.equals(response.getShouldEndSession()), "the session stays open");
        verify(store, never()).save(any(), any());
    }

    @Test
    void anUnresolvedTopicIsUnderstoodFromItsWords() {
        when(store.load(USER)).thenReturn(Optional.empty());
        when(store.save(eq(USER), any())).thenAnswer(call -> ((Progress) call.getArgument(1)).withVersion(1));
        HandlerInput input = HandlerTestSupport.intent("TopicIntent", Map.of(),
                HandlerTestSupport.unmatchedSlot("Topic", "getting therapy together"));

        Response response = AnswerHandler.forIntent("TopicIntent", HandlerTestSupport.turns(store), answers.freeText()::topic)
                .handle(input).orElseThrow();

        assertTrue(HandlerTestSupport.speech(response).contains("Professional guidance"), HandlerTestSupport.speech(response));
    }

    @Test
    void laterTurnsOfASessionUseSessionAttributesNotTheStore() {
        Progress inSession = Progress.newUser().movedTo(TestContentSections.section("avoiding-pressure"), HandlerTestSupport.NOW)
                .withVersion(2);
        Map<String, Object> attributes = Map.of(StoredProgress.PROGRESS, ProgressCodec.encode(inSession), StoredProgress.STORE_SYNCED, true,
                Turn.PENDING, PendingQuestion.CONTINUE.name());
        when(store.save(eq(USER), any())).thenAnswer(call -> ((Progress) call.getArgument(1)).withVersion(3));

        Response response = AnswerHandler.forIntent("AMAZON.YesIntent", HandlerTestSupport.turns(store),
                answers.yesNo()::yes)
                .handle(HandlerTestSupport.intent("AMAZON.YesIntent", attributes)).orElseThrow();

        assertTrue(HandlerTestSupport.speech(response).contains("Reflecting on needs"), "yes went on to the next section");
        verify(store, never()).load(any());
        ArgumentCaptor<Progress> saved = ArgumentCaptor.forClass(Progress.class);
        verify(store).save(eq(USER), saved.capture());
        assertEquals(2, saved.getValue().version(), "the write expects the version the session holds");
    }

    @Test
    void unchangedProgressReadFromTheSessionIsNotWrittenToTheStore() {
        Progress inSession = Progress.newUser().movedTo(TestContentSections.section("avoiding-pressure"), HandlerTestSupport.NOW)
                .withVersion(2);
        Map<String, Object> attributes = Map.of(StoredProgress.PROGRESS, ProgressCodec.encode(inSession), StoredProgress.STORE_SYNCED, true,
                Turn.PENDING, PendingQuestion.CONTINUE.name());
        HandlerInput input = HandlerTestSupport.intent("WhereAmIIntent", attributes);

        AnswerHandler.forIntent("WhereAmIIntent", HandlerTestSupport.turns(store), coach::whereAmI).handle(input)
                .orElseThrow();

        assertEquals(ProgressCodec.encode(inSession), input.getAttributesManager().getSessionAttributes().get(StoredProgress.PROGRESS));
        verify(store, never()).save(any(), any());
    }

    @Test
    void progressThatMovedIsWrittenBackToTheSession() {
        Progress inSession = Progress.newUser().movedTo(TestContentSections.section("avoiding-pressure"), HandlerTestSupport.NOW)
                .withVersion(2);
        Map<String, Object> attributes = Map.of(StoredProgress.PROGRESS, ProgressCodec.encode(inSession), StoredProgress.STORE_SYNCED, true,
                Turn.PENDING, PendingQuestion.CONTINUE.name());
        when(store.save(eq(USER), any())).thenAnswer(call -> ((Progress) call.getArgument(1)).withVersion(3));
        HandlerInput input = HandlerTestSupport.intent("AMAZON.NextIntent", attributes);

        AnswerHandler.forIntent("AMAZON.NextIntent", HandlerTestSupport.turns(store), coach::next).handle(input)
                .orElseThrow();

        Progress now = ProgressCodec.decode(input.getAttributesManager().getSessionAttributes().get(StoredProgress.PROGRESS))
                .orElseThrow();
        assertEquals("reflecting-on-needs", now.sectionId());
        assertEquals(3, now.version());
    }

    @Test
    void repeatWritesNothing() {
        Map<String, Object> attributes = Map.of(Turn.LAST_SPEECH, "Said before.", Turn.LAST_REPROMPT, "Again?",
                Turn.PENDING, PendingQuestion.CONTINUE.name());

        Response response = AnswerHandler.forIntent("AMAZON.RepeatIntent", HandlerTestSupport.turns(store), coach::repeat)
                .handle(HandlerTestSupport.intent("AMAZON.RepeatIntent", attributes)).orElseThrow();

        assertEquals("<speak>Said before.</speak>", HandlerTestSupport.speech(response));
        verify(store, never()).save(any(), any());
        verify(store, never()).load(any());
    }

    @Test
    void stopEndsTheSessionWithoutAReprompt() {
        Response response = AnswerHandler.forIntent("AMAZON.StopIntent", HandlerTestSupport.turns(store), coach::goodbye)
                .handle(HandlerTestSupport.intent("AMAZON.StopIntent", Map.of())).orElseThrow();

        assertTrue(response.getShouldEndSession());
        assertNull(response.getReprompt());
        assertTrue(HandlerTestSupport.speech(response).contains("Goodbye"));
    }

    @Test
    void oddStepNumbersGetAHelpfulAnswerNeverAnException() {
        AnswerHandler handler = AnswerHandler.forIntent("GoToStepIntent", HandlerTestSupport.turns(store), coach::goToStep);
        for (String value : new String[] {"-1", "0", "7", "999999", "3.5", "?", "", "banana", "9999999999999"}) {
            Response response = handler.handle(HandlerTestSupport.intent("GoToStepIntent", Map.of(),
                    HandlerTestSupport.slot("StepNumber", value))).orElseThrow();
            String speech = HandlerTestSupport.speech(response);
            assertTrue(speech.contains("Which step would you like"), value + " got: " + speech);
            assertNotNull(response.getReprompt());
        }
        verify(store, never()).save(any(), any());
    }

    @Test
    void whenTheStoreCannotBeReadTheUserStillHearsTheSectionAndANoticeOnce() {
        when(store.load(USER)).thenThrow(new ProgressStoreException("unreachable"));
        HandlerInput input = HandlerTestSupport.intent("TopicIntent", Map.of(),
                HandlerTestSupport.resolvedSlot("Topic", "listening", "active-listening"));

        Response response = AnswerHandler.forIntent("TopicIntent", HandlerTestSupport.turns(store), answers.freeText()::topic).handle(input).orElseThrow();

        String speech = HandlerTestSupport.speech(response);
        assertTrue(speech.contains("I may not be able to save your place"));
        assertTrue(speech.contains("Active listening"));
        verify(store, never()).save(any(), any());
        Map<String, Object> session = input.getAttributesManager().getSessionAttributes();
        assertEquals(true, session.get(StoredProgress.UNSAVED), "the save is owed for a later turn");
        assertEquals(true, session.get(StoredProgress.NOTICE_GIVEN));
    }
}
