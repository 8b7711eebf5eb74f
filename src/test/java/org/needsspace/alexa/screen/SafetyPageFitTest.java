package org.needsspace.alexa.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.needsspace.TestContent;
import org.needsspace.content.SafetyResource;
import org.needsspace.content.ScreenText;

/**
 * The safety page must never lose a word: on every screen the manifest declares, its title, numbers and purposes,
 * at the sizes {@code apl/shared.json} gives that screen, fit without scrolling (inside the circle on a round one).
 * Text is measured pessimistically (an average character of 0.55 em, lines of 1.25 em), since Amazon's renderer
 * cannot run in the build; the skill's renderings in docs/screens were drawn by it.
 */
class SafetyPageFitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double CHARACTER_EM = 0.55;
    private static final double LINE_EM = 1.25;
    private static final Pattern CONDITION = Pattern.compile("\\$\\{(.*)}");

    /** A screen as APL describes it: size in dp, shape, mode, and the profile category alexa-layouts gives it. */
    record Viewport(String name, int width, int height, String shape, String mode, String category) {
    }

    static Stream<Arguments> screensAndLocales() {
        List<Viewport> screens = List.of(
                new Viewport("Echo Show 5", 960, 480, "rectangle", "hub", "hubLandscape"),
                new Viewport("a 1024 x 600 hub", 1024, 600, "rectangle", "hub", "hubLandscape"),
                new Viewport("Echo Show 8", 1280, 800, "rectangle", "hub", "hubLandscape"),
                new Viewport("Echo Spot", 480, 480, "round", "hub", "hubRound"),
                new Viewport("Fire TV", 960, 540, "rectangle", "tv", "tvLandscape"));
        return screens.stream().flatMap(screen -> Stream.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN")
                .map(locale -> Arguments.of(screen, locale)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("screensAndLocales")
    void theSafetyPageFitsWithoutScrolling(Viewport screen, String locale) throws IOException {
        Map<String, Double> sizes = dimensionsFor(screen);
        double width = screen.width() - 2 * sizes.getOrDefault("safetyPadding", sizes.get("pagePadding"));
        double number = sizes.get("safetyNumberSize");
        double purpose = sizes.get("safetyPurposeSize");
        List<SafetyResource> resources = TestContent.CATALOG.forLocale(locale).safety().resources();
        double height = lines(TestContent.CATALOG.forLocale(locale).screenText(ScreenText.SAFETY_TITLE), purpose, width) * purpose * LINE_EM;
        for (SafetyResource resource : resources) {
            height += sizes.getOrDefault("safetyGap", sizes.get("buttonGap")) + lines(resource.number(), number, width) * number * LINE_EM
                    + lines(resource.purpose(), purpose, width) * purpose * LINE_EM;
        }
        double room = screen.shape().equals("round")
                ? 2 * Math.sqrt(Math.pow(screen.width() / 2.0, 2) - Math.pow(width / 2, 2))
                : screen.height();
        assertTrue(height <= room, locale + " on " + screen.name() + ": " + Math.round(height) + " dp of text, "
                + Math.round(room) + " dp of room");
    }

    @Test
    void theSafetyDocumentHasNothingThatCanScrollAway() throws IOException {
        List<String> types = new ArrayList<>();
        collectTypes(read("/apl/safety.json"), types);
        assertEquals(List.of(), types.stream().filter(type -> List.of("ScrollView", "Sequence", "GridSequence", "Pager")
                .contains(type)).toList());
    }

    private static int lines(String text, double fontSize, double width) {
        return Math.max(1, (int) Math.ceil(text.length() * CHARACTER_EM * fontSize / width));
    }

    /** The dimensions of every resources block whose condition holds for the screen, later blocks winning. */
    private static Map<String, Double> dimensionsFor(Viewport screen) throws IOException {
        Map<String, Double> sizes = new HashMap<>();
        for (JsonNode block : read("/apl/shared.json").path("resources")) {
            if (block.has("when") && !holds(block.path("when").asText(), screen)) {
                continue;
            }
            block.path("dimensions").fields().forEachRemaining(entry ->
                    sizes.put(entry.getKey(), Double.parseDouble(entry.getValue().asText().replace("dp", ""))));
        }
        return sizes;
    }

    /** The few conditions the shared resources use: comparisons joined by {@code &&}. */
    private static boolean holds(String when, Viewport screen) {
        Matcher matcher = CONDITION.matcher(when.trim());
        assertTrue(matcher.matches(), when);
        for (String comparison : matcher.group(1).split("&&")) {
            String[] sides = comparison.trim().split("\\s*(==|<)\\s*");
            String left = value(sides[0], screen);
            String right = value(sides[1], screen);
            boolean holds = comparison.contains("==") ? left.equals(right)
                    : Double.parseDouble(left) < Double.parseDouble(right);
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static String value(String term, Viewport screen) {
        return switch (term) {
            case "@viewportProfileCategory" -> screen.category();
            case "@hubRound" -> "hubRound";
            case "@tvLandscape" -> "tvLandscape";
            case "viewport.mode" -> screen.mode();
            case "viewport.shape" -> screen.shape();
            case "viewport.height" -> String.valueOf(screen.height());
            case "viewport.width" -> String.valueOf(screen.width());
            default -> {
                assertTrue(term.matches("'[a-z]+'|[0-9]+"), "a term this check does not know: " + term);
                yield term.replace("'", "");
            }
        };
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

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = SafetyPageFitTest.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }
}
