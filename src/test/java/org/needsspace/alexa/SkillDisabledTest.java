package org.needsspace.alexa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.util.JacksonSerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.needsspace.TestContent;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import org.needsspace.skill.SkillFactory;

class SkillDisabledTest {

    private static final String USER_ID = "amzn1.ask.account.CATALOGUEUSER0001";

    private final ProgressStore store = mock(ProgressStore.class);
    private final CustomSkill skill = SkillFactory.create(HandlerTestSupport.turns(store), TestContent.CATALOG, Optional.empty());

    @Test
    void disablingTheSkillDeletesTheUsersRecordAndSaysNothing() throws IOException {
        Response response = skill.invoke(event()).getResponse();
        verify(store).delete(UserKey.of(USER_ID));
        assertNull(response.getOutputSpeech());
        assertNull(response.getReprompt());
    }

    @Test
    void aFailedDeleteIsLoggedWithTheRequestIdAndStillAnswersWithoutSpeech() throws IOException {
        doThrow(new ProgressStoreException("unreachable")).when(store).delete(any());
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        Response response;
        try {
            response = skill.invoke(event()).getResponse();
        } finally {
            System.setErr(original);
        }
        assertNull(response.getOutputSpeech());
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("amzn1.echo-api.request.00000000-0000-4000-8000-000000000041"), logged);
        assertFalse(logged.contains(USER_ID), "never the user id");
    }

    private static RequestEnvelope event() throws IOException {
        try (InputStream in = SkillDisabledTest.class.getResourceAsStream("/catalogue/skill-event-disabled.json")) {
            return new JacksonSerializer().deserialize(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    RequestEnvelope.class);
        }
    }
}
