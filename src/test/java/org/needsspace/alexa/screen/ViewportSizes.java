package org.needsspace.alexa.screen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The screens the manifest declares and the sizes {@code apl/shared.json} gives each of them. Text is measured
 * pessimistically (an average character of 0.55 em, lines of 1.25 em), since Amazon's renderer cannot run in the
 * build; the skill's renderings in docs/screens were drawn by it.
 */
final class ViewportSizes {

    static final double CHARACTER_EM = 0.55;
    static final double LINE_EM = 1.25;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONDITION = Pattern.compile("\\$\\{(.*)}");

    /** A screen as APL describes it: size in dp, shape, mode, and the profile category alexa-layouts gives it. */
    record Viewport(String name, int width, int height, String shape, String mode, String category) {

        boolean isRound() {
            return shape.equals("round");
        }
    }

    static final List<Viewport> DECLARED = List.of(
            new Viewport("Echo Show 5", 960, 480, "rectangle", "hub", "hubLandscape"),
            new Viewport("a 1024 x 600 hub", 1024, 600, "rectangle", "hub", "hubLandscape"),
            new Viewport("Echo Show 8", 1280, 800, "rectangle", "hub", "hubLandscape"),
            new Viewport("Echo Spot", 480, 480, "round", "hub", "hubRound"),
            new Viewport("Fire TV", 960, 540, "rectangle", "tv", "tvLandscape"));

    private ViewportSizes() {
    }

    /** Every declared screen with every locale: the arguments of a test that checks a screen's text in each. */
    static Stream<Arguments> screensAndLocales() {
        return DECLARED.stream().flatMap(screen -> Stream.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN")
                .map(locale -> Arguments.of(screen, locale)));
    }

    /** How wide a text is estimated to be at a font size, in dp. */
    static double width(String text, double fontSize) {
        return text.length() * CHARACTER_EM * fontSize;
    }

    static int lines(String text, double fontSize, double width) {
        return Math.max(1, (int) Math.ceil(width(text, fontSize) / width));
    }

    /** The dimensions of every resources block whose condition holds for the screen, later blocks winning. */
    static Map<String, Double> dimensionsFor(Viewport screen) {
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

    static JsonNode read(String resource) {
        try (InputStream in = ViewportSizes.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
