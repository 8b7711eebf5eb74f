package org.needsspace.alexa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.needsspace.TestContent;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.progress.ProgressStore;
import org.needsspace.skill.SkillFactory;

class ErrorHandlingTest {

    private final ProgressStore brokenStore = mock(ProgressStore.class);
    private final LocalRequests requests = new LocalRequests(HandlerTestSupport.USER_ID, LocalRequests.LOCAL_SKILL_ID);
    private final CustomSkill skill = SkillFactory.create(HandlerTestSupport.turns(brokenStore), TestContent.CATALOG,
            Optional.empty());

    @Test
    void aBugGivesAShortApologyTheUserCanGoOnFromAndLogsTheRequestIdAndStackButNotTheUser() {
        when(brokenStore.load(any())).thenThrow(new IllegalStateException("a bug, not an outage"));
        RequestEnvelope request = requests.intent(LocalRequests.newSessionId(), false, Map.of("pending", "CONTINUE"),
                Intent.builder().withName("AMAZON.NextIntent").build());

        String log = capturingStandardError(() -> {
            Response response = skill.invoke(request).getResponse();
            String speech = HandlerTestSupport.speech(response);
            assertTrue(speech.contains("Sorry, something went wrong on my side"), speech);
            assertNotNull(response.getReprompt(), "the user can go on");
        });

        assertTrue(log.contains(request.getRequest().getRequestId()), log);
        assertTrue(log.contains("IllegalStateException: a bug, not an outage"), log);
        assertTrue(log.contains("\tat org.needsspace."), "the whole stack trace: " + log);
        assertFalse(log.contains(HandlerTestSupport.USER_ID), "never the user id");
    }

    @Test
    void anIntentTheSkillDoesNotKnowGetsTheFallbackAnswer() {
        RequestEnvelope request = requests.intent(LocalRequests.newSessionId(), true, Map.of(),
                Intent.builder().withName("SomeRetiredIntent").build());
        Response response = skill.invoke(request).getResponse();
        assertTrue(HandlerTestSupport.speech(response).contains("I can walk you through six steps"));
        assertNotNull(response.getReprompt());
    }

    @Test
    void anIntentRequestWithoutAnIntentNameGetsTheFallbackAnswerNotAnApology() {
        RequestEnvelope request = requests.intent(LocalRequests.newSessionId(), true, Map.of(),
                Intent.builder().build());
        Response response = skill.invoke(request).getResponse();
        assertTrue(HandlerTestSupport.speech(response).contains("I can walk you through six steps"));
    }

    @Test
    void anIntentRequestWithoutASessionIsAnsweredNormally() {
        RequestEnvelope withSession = requests.intent(LocalRequests.newSessionId(), true, Map.of(),
                Intent.builder().withName("ListStepsIntent").build());
        RequestEnvelope sessionless = RequestEnvelope.builder().withVersion("1.0")
                .withContext(withSession.getContext()).withRequest(withSession.getRequest()).build();
        Response response = skill.invoke(sessionless).getResponse();
        assertTrue(HandlerTestSupport.speech(response).contains("The six steps are"));
    }

    private static String capturingStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
