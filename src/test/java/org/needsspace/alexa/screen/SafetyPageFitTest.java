package org.needsspace.alexa.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needsspace.alexa.screen.ViewportSizes.LINE_EM;
import static org.needsspace.alexa.screen.ViewportSizes.lines;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.needsspace.TestContent;
import org.needsspace.alexa.screen.ViewportSizes.Viewport;
import org.needsspace.content.SafetyResource;
import org.needsspace.content.ScreenText;

/**
 * The safety page must never lose a word: on every screen the manifest declares, its title, numbers and purposes,
 * at the sizes {@code apl/shared.json} gives that screen, fit without scrolling (inside the circle on a round one),
 * with text measured as {@link ViewportSizes} estimates it.
 */
class SafetyPageFitTest {

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("org.needsspace.alexa.screen.ViewportSizes#screensAndLocales")
    void theSafetyPageFitsWithoutScrolling(Viewport screen, String locale) {
        Map<String, Double> sizes = ViewportSizes.dimensionsFor(screen);
        double width = screen.width() - 2 * sizes.getOrDefault("safetyPadding", sizes.get("pagePadding"));
        double number = sizes.get("safetyNumberSize");
        double purpose = sizes.get("safetyPurposeSize");
        List<SafetyResource> resources = TestContent.CATALOG.forLocale(locale).safety().resources();
        double height = lines(TestContent.CATALOG.forLocale(locale).screenText(ScreenText.SAFETY_TITLE), purpose, width) * purpose * LINE_EM;
        for (SafetyResource resource : resources) {
            height += sizes.getOrDefault("safetyGap", sizes.get("buttonGap")) + lines(resource.number(), number, width) * number * LINE_EM
                    + lines(resource.purpose(), purpose, width) * purpose * LINE_EM;
        }
        double room = screen.isRound()
                ? 2 * Math.sqrt(Math.pow(screen.width() / 2.0, 2) - Math.pow(width / 2, 2))
                : screen.height();
        assertTrue(height <= room, locale + " on " + screen.name() + ": " + Math.round(height) + " dp of text, "
                + Math.round(room) + " dp of room");
    }

    @Test
    void theSafetyDocumentHasNothingThatCanScrollAway() {
        List<String> types = new ArrayList<>();
        collectTypes(ViewportSizes.read("/apl/safety.json"), types);
        assertEquals(List.of(), types.stream().filter(type -> List.of("ScrollView", "Sequence", "GridSequence", "Pager")
                .contains(type)).toList());
    }

    private static void collectTypes(JsonNode node, List<String> types) {
        if (node.isObject()) {
            if (node.has("type")) {
                types.add(node.path("type").asText());
            }
            node.elements().forEachRemaining(child -> collectTypes(child, types));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectTypes(child, types));
        }
    }
}
