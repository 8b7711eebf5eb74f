package org.needsspace.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
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
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.TestContent;
import org.needsspace.domain.Progress;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import org.needsspace.progress.sqlite.SqliteProgressStore;
import org.needsspace.skill.SkillFactory;

class SkillDisabledTest {

    private static final String USER_ID = "amzn1.ask.account.CATALOGUEUSER0001";
    private static final String REQUEST_ID = "amzn1.echo-api.request.00000000-0000-4000-8000-000000000041";

    private final ProgressStore store = mock(ProgressStore.class);
    private final CustomSkill skill = SkillFactory.create(HandlerTestSupport.turns(store), TestContent.CATALOG, Optional.empty());

    @TempDir
    Path folder;

    @Test
    void disablingTheSkillDeletesTheUsersRecordCarriesOutOwedDeletesAndSaysNothing() throws IOException {
        Response response = skill.invoke(event()).getResponse();
        verify(store).delete(UserKey.of(USER_ID));
        verify(store).retryPendingDeletes();
        assertNull(response.getOutputSpeech());
        assertNull(response.getReprompt());
    }

    @Test
    void aFailedDeleteIsOwedInTheStoreAndLoggedWithTheRequestIdOnly() throws IOException {
        doThrow(new ProgressStoreException("unreachable")).when(store).delete(any());

        Invocation invocation = invoke(skill);

        verify(store).deleteLater(UserKey.of(USER_ID));
        assertNull(invocation.response().getOutputSpeech());
        assertTrue(invocation.log().contains(REQUEST_ID), invocation.log());
        assertTrue(invocation.log().contains("owed"), invocation.log());
        assertFalse(invocation.log().contains(USER_ID), "never the user id");
    }

    @Test
    void aDeleteThatCannotBeOwedEitherIsLoggedAsAnErrorAndStillAnswersWithoutSpeech() throws IOException {
        doThrow(new ProgressStoreException("unreachable")).when(store).delete(any());
        doThrow(new ProgressStoreException("still unreachable")).when(store).deleteLater(any());

        Invocation invocation = invoke(skill);

        assertNull(invocation.response().getOutputSpeech());
        assertTrue(invocation.log().contains("ERROR"), invocation.log());
        assertTrue(invocation.log().contains("could not be owed; requestId=" + REQUEST_ID), invocation.log());
        assertFalse(invocation.log().contains(USER_ID), "never the user id");
    }

    /** The whole path on the real SQLite store: the delete fails in one process and is done by the next event. */
    @Test
    void aDeleteThatFailedIsDoneByTheNextSkillDisabledInAFreshProcess() throws IOException {
        Path database = folder.resolve("progress.db");
        UserKey leaving = UserKey.of(USER_ID);
        try (SqliteProgressStore first = SqliteProgressStore.open(database)) {
            first.save(leaving, Progress.newUser().visitedAt(Instant.parse("2030-01-01T00:00:00Z")));
            ProgressStore deleteFails = spy(first);
            doThrow(new ProgressStoreException("disk busy")).when(deleteFails).delete(any());
            invoke(SkillFactory.create(HandlerTestSupport.turns(deleteFails), TestContent.CATALOG, Optional.empty()));
            assertTrue(first.load(leaving).isPresent(), "not deleted yet");
        }

        try (SqliteProgressStore restarted = SqliteProgressStore.open(database)) {
            restarted.save(UserKey.of("amzn1.ask.account.someone-else"),
                    Progress.newUser().visitedAt(Instant.parse("2030-01-01T00:00:00Z")));
            invoke(SkillFactory.create(HandlerTestSupport.turns(restarted), TestContent.CATALOG, Optional.empty()),
                    eventFor("amzn1.ask.account.someone-else"));

            assertEquals(Optional.empty(), restarted.load(leaving));
            assertEquals(Optional.empty(), restarted.load(UserKey.of("amzn1.ask.account.someone-else")));
        }
    }

    private record Invocation(Response response, String log) {
    }

    private static Invocation invoke(CustomSkill skill) throws IOException {
        return invoke(skill, event());
    }

    private static Invocation invoke(CustomSkill skill, RequestEnvelope event) {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            return new Invocation(skill.invoke(event).getResponse(), log.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private static RequestEnvelope eventFor(String userId) throws IOException {
        String json = eventJson().replace(USER_ID, userId);
        return new JacksonSerializer().deserialize(json, RequestEnvelope.class);
    }

    private static RequestEnvelope event() throws IOException {
        return new JacksonSerializer().deserialize(eventJson(), RequestEnvelope.class);
    }

    private static String eventJson() throws IOException {
        try (InputStream in = SkillDisabledTest.class.getResourceAsStream("/catalogue/skill-event-disabled.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
