package org.needsspace.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.needsspace.progress.InMemoryProgressStore;

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
}
