package org.needsspace.alexa.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needsspace.alexa.screen.ViewportSizes.LINE_EM;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.needsspace.TestContent;
import org.needsspace.alexa.screen.ViewportSizes.Viewport;
import org.needsspace.content.ScreenText;

/**
 * The name of each breathing phase ("Breathe out") is written on the breathing circle, so it must fit inside the
 * circle at its smallest, on every screen the manifest declares and in every locale, wrapped between words.
 */
class BreathingLabelFitTest {

    private static final int MOST_LINES = 3;

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("org.needsspace.alexa.screen.ViewportSizes#screensAndLocales")
    void everyPhaseNameFitsInsideTheCircleAtItsSmallest(Viewport screen, String locale) {
        double fontSize = ViewportSizes.dimensionsFor(screen).get(labelSizeResource());
        double radius = ViewportSizes.dimensionsFor(screen).get("breathCircle") * BreathingGuide.REST_SCALE / 2;
        for (ScreenText phase : List.of(ScreenText.BREATH_IN, ScreenText.BREATH_HOLD, ScreenText.BREATH_OUT)) {
            String name = TestContent.CATALOG.forLocale(locale).screenText(phase);
            assertTrue(fitsInCircle(name, fontSize, radius), "\"" + name + "\" at " + fontSize + " dp in a circle of "
                    + 2 * radius + " dp on " + screen.name());
        }
    }

    /** Whether some number of lines, each as wide as the circle is at that height, holds the words. */
    private static boolean fitsInCircle(String text, double fontSize, double radius) {
        for (int lines = 1; lines <= MOST_LINES; lines++) {
            double halfHeight = lines * fontSize * LINE_EM / 2;
            if (halfHeight >= radius) {
                return false;
            }
            double chord = 2 * Math.sqrt(radius * radius - halfHeight * halfHeight);
            Optional<Integer> needed = wrapped(text, fontSize, chord);
            if (needed.isPresent() && needed.get() <= lines) {
                return true;
            }
        }
        return false;
    }

    /** How many lines the words take wrapped at this width, or nothing when one word alone is wider. */
    private static Optional<Integer> wrapped(String text, double fontSize, double width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            if (ViewportSizes.width(word, fontSize) > width) {
                return Optional.empty();
            }
            String longer = line.isEmpty() ? word : line + " " + word;
            if (ViewportSizes.width(longer, fontSize) <= width) {
                line = longer;
            } else {
                lines.add(line);
                line = word;
            }
        }
        lines.add(line);
        return Optional.of(lines.size());
    }

    /** The dimension that sizes the text on the circle: the font size of its style in the shared resources. */
    private static String labelSizeResource() {
        JsonNode label = find(ViewportSizes.read("/apl/self-care.json"), "breathLabel").orElseThrow();
        JsonNode style = ViewportSizes.read("/apl/shared.json").path("styles").path(label.path("style").asText());
        String size = style.at("/values/0/fontSize").asText();
        assertTrue(size.startsWith("@"), "the circle's text is sized by a dimension of the shared resources: " + size);
        assertEquals(1, style.path("values").size());
        return size.substring(1);
    }

    private static Optional<JsonNode> find(JsonNode node, String id) {
        if (node.path("id").asText().equals(id)) {
            return Optional.of(node);
        }
        for (JsonNode child : node) {
            Optional<JsonNode> found = find(child, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
