package org.needsspace.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.needsspace.progress.DeferredProgressStore;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.UserKey;
import org.needsspace.skill.SkillConfiguration;

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
    void metricsGoToTheNamespaceGivenOrTheSkillsOwn() {
        assertEquals("my-stack", SkillConfiguration.from(Map.of("METRICS_NAMESPACE", "my-stack")).metricsNamespace());
        assertEquals("PartnerSpaceCoach", SkillConfiguration.from(Map.of("METRICS_NAMESPACE", " ")).metricsNamespace());
        assertEquals("PartnerSpaceCoach", SkillConfiguration.from(Map.of()).metricsNamespace());
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
    void withATableTheStoreForThatTableIsBuiltInTheBackgroundAndWarmedUp() throws InterruptedException {
        BlockingQueue<String> tablesBuilt = new LinkedBlockingQueue<>();
        BlockingQueue<UserKey> reads = new LinkedBlockingQueue<>();
        ProgressStore table = mock(ProgressStore.class);
        when(table.load(any())).thenAnswer(call -> {
            reads.add(call.getArgument(0));
            return Optional.empty();
        });

        ProgressStore store = NeedsSpaceStreamHandler.storeFor(
                SkillConfiguration.from(Map.of("PROGRESS_TABLE_NAME", "progress")), name -> {
                    tablesBuilt.add(name);
                    return table;
                });

        assertInstanceOf(DeferredProgressStore.class, store);
        assertEquals("progress", tablesBuilt.poll(5, TimeUnit.SECONDS));
        assertEquals(SnapStartPriming.PRIMING_KEY, reads.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void aColdStartWithATableWarmsTheStoreUpWithOneReadOfThePrimingKeyOnly() {
        ProgressStore store = mock(ProgressStore.class);
        NeedsSpaceStreamHandler.afterBuilt(SkillConfiguration.from(Map.of("PROGRESS_TABLE_NAME", "t"))).accept(store);
        verify(store).load(SnapStartPriming.PRIMING_KEY);
        verifyNoMoreInteractions(store);
    }

    @Test
    void noWarmUpReadUnderSnapStart() {
        ProgressStore store = mock(ProgressStore.class);
        NeedsSpaceStreamHandler.afterBuilt(SkillConfiguration.from(Map.of("PROGRESS_TABLE_NAME", "t",
                "AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"))).accept(store);
        verifyNoInteractions(store);
    }
}
