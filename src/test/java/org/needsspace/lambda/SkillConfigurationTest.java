package org.needsspace.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.progress.ProgressStore;

class SkillConfigurationTest {

    @Test
    void theProgressTableComesFromProgressTableName() {
        assertEquals(Optional.of("needs-space-progress"),
                SkillConfiguration.from(Map.of("PROGRESS_TABLE_NAME", " needs-space-progress ")).progressTableName());
    }

    @Test
    void aBlankOrMissingTableNameMeansNoTable() {
        assertEquals(Optional.empty(), SkillConfiguration.from(Map.of("PROGRESS_TABLE_NAME", "  ")).progressTableName());
        assertEquals(Optional.empty(), SkillConfiguration.from(Map.of()).progressTableName());
    }

    @Test
    void withoutATableTheFunctionKeepsProgressInMemory() {
        assertInstanceOf(InMemoryProgressStore.class, NeedsSpaceStreamHandler.storeFor(SkillConfiguration.from(Map.of())));
    }

    @Test
    void knowsWhenLambdaIsInitialisingASnapStartSnapshot() {
        assertEquals(true, SkillConfiguration.from(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")).snapStart());
        assertEquals(false, SkillConfiguration.from(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand")).snapStart());
    }

    @Test
    void aColdStartWithATableWarmsTheStoreUpWithOneReadOfThePrimingKeyOnly() throws Exception {
        ProgressStore store = mock(ProgressStore.class);
        Thread warmUp = NeedsSpaceStreamHandler.startWarmUp(store,
                SkillConfiguration.from(Map.of("PROGRESS_TABLE_NAME", "t"))).orElseThrow();
        warmUp.join(5_000);
        verify(store).load(SnapStartPriming.PRIMING_KEY);
        verifyNoMoreInteractions(store);
    }

    @Test
    void noWarmUpUnderSnapStartOrWithoutATable() {
        ProgressStore store = mock(ProgressStore.class);
        assertTrue(NeedsSpaceStreamHandler.startWarmUp(store, SkillConfiguration.from(Map.of())).isEmpty());
        assertTrue(NeedsSpaceStreamHandler.startWarmUp(store, SkillConfiguration.from(Map.of("PROGRESS_TABLE_NAME", "t",
                "AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"))).isEmpty());
        verifyNoInteractions(store);
    }
}
