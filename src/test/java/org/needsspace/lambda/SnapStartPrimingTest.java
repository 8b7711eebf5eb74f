package org.needsspace.lambda;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.amazon.ask.CustomSkill;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.content.ContentCatalog;
import org.needsspace.domain.Progress;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import org.needsspace.skill.SkillConfiguration;
import org.needsspace.skill.SkillFactory;

class SnapStartPrimingTest {

    private static final ContentCatalog CATALOG = ContentCatalog.loadAll();
    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";

    /** Records what the priming skill does to its store. */
    private static final class RecordingStore implements ProgressStore {
        final List<String> calls = new ArrayList<>();
        final InMemoryProgressStore delegate = new InMemoryProgressStore();
        Progress lastSaved;

        @Override
        public Optional<Progress> load(UserKey user) {
            calls.add("load");
            return delegate.load(user);
        }

        @Override
        public Progress save(UserKey user, Progress progress) {
            calls.add("save");
            lastSaved = delegate.save(user, progress);
            return lastSaved;
        }

        @Override
        public void delete(UserKey user) {
            calls.add("delete");
            delegate.delete(user);
        }
    }

    private static CustomSkill realSkill(ProgressStore store) {
        return SkillFactory.create(new Turns(CATALOG, store, Clock.systemUTC(), Random::new), CATALOG,
                Optional.of(SKILL_ID));
    }

    @Test
    void primingAnswersLaunchATopicQuestionNextOwnWordsAndATouchThroughTheSkill() {
        RecordingStore primingStore = new RecordingStore();
        Function<ProgressStore, CustomSkill> onRecordingStore = given -> realSkill(primingStore);

        int answered = new SnapStartPriming(onRecordingStore, new InMemoryProgressStore(), SKILL_ID).prime();

        assertEquals(5, answered);
        assertTrue(CATALOG.forLocale("en-US").understanding().encoderLoaded(),
                "the turn in own words loaded the sentence encoder before the snapshot");
        assertTrue(primingStore.calls.contains("load"), "the launch read the priming user's progress");
        assertTrue(primingStore.calls.contains("save"), "the topic and next turns stored progress");
        assertNotEquals(null, primingStore.lastSaved);
        assertEquals("reflecting-on-needs", primingStore.lastSaved.sectionId(),
                "the own words were understood (avoiding pressure) and the touch on Next went on from there");
    }

    @Test
    void primingOnlyReadsTheRealStoreAtTheFixedPrimingKey() {
        ProgressStore realStore = mock(ProgressStore.class);

        new SnapStartPriming(SnapStartPrimingTest::realSkill, realStore, SKILL_ID).prime();

        verify(realStore).load(SnapStartPriming.PRIMING_KEY);
        verifyNoMoreInteractions(realStore);
    }

    @Test
    void thePrimingKeyIsNoRealUsersKey() {
        assertEquals(UserKey.of("amzn1.ask.account.snapstart-priming"), SnapStartPriming.PRIMING_KEY);
    }

    @Test
    void beforeCheckpointNeverThrowsWhenTheSkillCannotBeBuilt() {
        ProgressStore realStore = mock(ProgressStore.class);
        SnapStartPriming priming = new SnapStartPriming(store -> {
            throw new IllegalStateException("no skill");
        }, realStore, SKILL_ID);

        assertDoesNotThrow(() -> priming.beforeCheckpoint(null));
        verify(realStore).load(SnapStartPriming.PRIMING_KEY);
    }

    @Test
    void beforeCheckpointNeverThrowsWhenTheSkillThrows() {
        CustomSkill failing = mock(CustomSkill.class);
        when(failing.invoke(any(com.amazon.ask.model.RequestEnvelope.class))).thenThrow(new RuntimeException("boom"));
        SnapStartPriming priming = new SnapStartPriming(store -> failing, new InMemoryProgressStore(), SKILL_ID);

        assertDoesNotThrow(() -> priming.beforeCheckpoint(null));
        assertEquals(0, priming.prime());
    }

    @Test
    void beforeCheckpointNeverThrowsWhenTheStoreThrows() {
        ProgressStore unreachable = mock(ProgressStore.class);
        when(unreachable.load(any())).thenThrow(new ProgressStoreException("table unreachable"));
        SnapStartPriming priming = new SnapStartPriming(SnapStartPrimingTest::realSkill, unreachable, SKILL_ID);

        assertDoesNotThrow(() -> priming.beforeCheckpoint(null));
        assertEquals(5, priming.prime(), "the conversation is primed even when the table is not reachable");
    }

    @Test
    void primingWorksWithoutAConfiguredSkillId() {
        SnapStartPriming priming = new SnapStartPriming(
                store -> SkillFactory.create(new Turns(CATALOG, store, Clock.systemUTC(), Random::new), CATALOG,
                        Optional.empty()),
                new InMemoryProgressStore(), LocalRequests.LOCAL_SKILL_ID);

        assertEquals(5, priming.prime());
    }

    @Test
    void afterRestoreDoesNothingAndNeverThrows() {
        ProgressStore realStore = mock(ProgressStore.class);
        SnapStartPriming priming = new SnapStartPriming(SnapStartPrimingTest::realSkill, realStore, SKILL_ID);

        assertDoesNotThrow(() -> priming.afterRestore(null));
        verifyNoMoreInteractions(realStore);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLambdaHandlerRegistersItsPrimingWithTheGlobalCracContext() {
        Context<Resource> global = mock(Context.class);
        try (MockedStatic<Core> core = mockStatic(Core.class)) {
            core.when(Core::getGlobalContext).thenReturn(global);

            NeedsSpaceStreamHandler handler = new NeedsSpaceStreamHandler(
                    new SkillConfiguration(Optional.of(SKILL_ID), Optional.empty()), CATALOG,
                    new InMemoryProgressStore());

            verify(global).register(handler.priming());
        }
    }
}
