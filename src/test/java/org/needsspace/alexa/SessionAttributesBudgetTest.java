package org.needsspace.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionAttributesBudgetTest {

    private static final long OVER = SessionAttributesBudget.MAX_CHARS + 1L;

    @Test
    void theBoundIsNeverBelowTheJsonLength() throws Exception {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("progress", Map.of("sectionId", "active-listening", "heard", List.of("a\"b", "<c>", "é\u0001"),
                "visited", true, "version", 12345678901L, "lastVisit", "2030-03-01T10:00:00.123456Z"));
        attributes.put("pending", "NONE");
        attributes.put("nothing", null);

        long json = new ObjectMapper().writeValueAsString(attributes).length();

        assertTrue(SessionAttributesBudget.jsonLengthAtMost(attributes) >= json);
    }

    @Test
    void largeOrUnknownValuesCountAsOverTheBudget() {
        assertEquals(OVER, SessionAttributesBudget.jsonLengthAtMost(Map.of("big", "x".repeat(SessionAttributesBudget.MAX_CHARS))));
        assertEquals(OVER, SessionAttributesBudget.jsonLengthAtMost(List.of(new Object())));
    }
}
