package org.needsspace.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.needsspace.TestContent;
import org.needsspace.domain.Section;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.skill.SkillConfiguration;

/**
 * A response with a screen stays far under Alexa's size limit (120 KB; older documentation said 24 KB, the budget
 * here): every section page, the steps list, every self-care exercise, the safety and end pages, measured as the
 * whole response JSON the Lambda handler writes. The largest of each view is printed.
 */
class ScreenResponseSizeTest {

    static final int BUDGET_BYTES = 24 * 1024;

    private final NeedsSpaceStreamHandler handler = new NeedsSpaceStreamHandler(
            SkillConfiguration.from(Map.of()), TestContent.CATALOG, new InMemoryProgressStore());
    private final Map<String, Integer> largest = new TreeMap<>();

    @Test
    void everyResponseWithAScreenStaysUnderTheBudget() throws IOException {
        EchoShowTouches reader = new EchoShowTouches(handler, "amzn1.ask.account.SIZES");
        for (Section section : TestContent.english().guide().sections()) {
            measure(reader.touch("section", section.id()), reader.lastResponseBytes());
        }
        measure(reader.touch("steps"), reader.lastResponseBytes());
        measure(reader.touch("next"), reader.lastResponseBytes());
        EchoShowTouches relaxing = new EchoShowTouches(handler, "amzn1.ask.account.SIZES-SELF-CARE");
        for (int i = 0; i < TestContent.english().selfCare().size(); i++) {
            measure(relaxing.touch("self-care"), relaxing.lastResponseBytes());
        }
        EchoShowTouches ending = new EchoShowTouches(handler, "amzn1.ask.account.SIZES-END");
        ending.touch("section", "professional-guidance");
        measure(ending.touch("next"), ending.lastResponseBytes());
        measureRequest("/catalogue/screen-safety.json");

        assertEquals(5, largest.size(), "every view measured: " + largest);
        largest.forEach((view, bytes) -> System.out.printf("largest response with the %s screen: %,d bytes%n", view, bytes));
        largest.forEach((view, bytes) -> assertTrue(bytes < BUDGET_BYTES, view + ": " + bytes + " bytes"));
    }

    private void measure(JsonNode envelope, int bytes) {
        String token = envelope.at("/response/directives/0/token").asText();
        assertTrue(token.startsWith("needs-space-"), "no screen in " + envelope);
        largest.merge(token.substring("needs-space-".length()), bytes, Math::max);
    }

    private void measureRequest(String resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = ScreenResponseSizeTest.class.getResourceAsStream(resource)) {
            handler.handleRequest(in, out, null);
        }
        measure(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toByteArray()), out.size());
    }
}
