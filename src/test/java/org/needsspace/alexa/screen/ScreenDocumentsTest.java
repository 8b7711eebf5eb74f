package org.needsspace.alexa.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.util.JacksonSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.needsspace.TestContent;
import org.needsspace.console.SsmlAsText;
import org.needsspace.content.Content;
import org.needsspace.content.Phrase;
import org.needsspace.domain.Section;
import org.needsspace.domain.SelfCarePrompt;
import org.needsspace.domain.TimedPauses;
import org.needsspace.lambda.EchoShowTouches;
import org.needsspace.lambda.NeedsSpaceStreamHandler;
import org.needsspace.progress.InMemoryProgressStore;
import org.needsspace.skill.SkillConfiguration;

/**
 * Every screen the skill can show (every section, the steps list from every place, every exercise, the safety and
 * end pages) passes {@link AplDocumentCheck} with the data source the skill sends; every touch a document can send
 * is answered with a screen; the breathing guide keeps the time of the spoken pauses.
 */
class ScreenDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JacksonSerializer SDK_JSON = new JacksonSerializer();
    private static final Content CONTENT = TestContent.english();
    private static final List<String> PAGE_PADDINGS = List.of("@pagePadding", "@safetyPadding");

    static Stream<Screen> everyScreen() {
        List<Screen> screens = new ArrayList<>();
        List<Section> sections = CONTENT.guide().sections();
        sections.forEach(section -> screens.add(Screen.section(section.id())));
        screens.add(Screen.steps(null));
        sections.forEach(section -> screens.add(Screen.steps(section.id())));
        CONTENT.selfCare().forEach(prompt -> screens.add(Screen.selfCare(prompt.id(), 4)));
        screens.add(Screen.safety());
        screens.add(Screen.end());
        return screens.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyScreen")
    void everyScreenPassesTheStructuralCheckWithTheDataTheSkillSends(Screen screen) {
        AplDocumentCheck check = check(screen);
        assertEquals(List.of(), check.problems());
        assertTrue(check.bindings() > 0, "the document's text comes from the data source");
        if (screen.view() == View.SAFETY) {
            assertEquals(0, check.touchables(), "the safety page has nothing on it but the numbers");
        } else {
            assertTrue(check.touchables() > 0);
        }
    }

    @Test
    void theCheckFindsAnUnresolvedBindingAnUnlabelledTouchableAndAnUnknownComponent() {
        JsonNode document = JSON.valueToTree(Map.of("type", "APL", "version", AplDocumentCheck.APL_VERSION,
                "import", List.of(Map.of("name", "alexa-layouts", "version", "1.7.0")),
                "mainTemplate", Map.of("parameters", List.of("payload"), "items", List.of(
                        Map.of("type", "Text", "text", "${payload.screen.missing}"),
                        Map.of("type", "TouchWrapper", "onPress", List.of(Map.of("type", "SendEvent")),
                                "item", Map.of("type", "Marquee")),
                        Map.of("type", "AlexaButton", "buttonLabel", "x", "accessibilityLabel", "x")))));
        List<String> problems = AplDocumentCheck.of(document, JSON.valueToTree(Map.of("screen", Map.of()))).problems();
        assertEquals(4, problems.size(), problems.toString());
    }

    /**
     * Rules from drawing the screens with Amazon's renderer: a ScrollView laid out in a row gets APL's default height
     * for a scrollable (100 dp) unless it is given one, so two lines show and the rest is cut; and a scrolling
     * component draws its content in its own padding, so bottom padding on it shows text below the room it was given
     * (outside the circle on a round hub); and texts side by side in a row that cannot wrap push each other out on a
     * narrow screen ("You are here" never showed on a round hub); and buttons keep a round hub's room below them
     * (the exercise's buttons fell outside the circle).
     */
    @Test
    void scrollingComponentsHaveTheRoomTheScreenLeavesThem() {
        for (View view : View.values()) {
            List<String> problems = new ArrayList<>();
            scrollingProblems(JSON.valueToTree(ScreenDocuments.document(view)), false, problems);
            assertEquals(List.of(), problems, view.toString());
        }
    }

    /**
     * On a round hub the corners are cut off: every text and button sits in a container padded on both sides by
     * the page's padding, which on a round hub keeps it inside the square that fits in the circle (the end page's
     * title and the exercise's buttons fell outside the circle).
     */
    @Test
    void everyTextAndButtonStaysInsideARoundHubsCircle() {
        for (View view : View.values()) {
            List<String> unpadded = new ArrayList<>();
            unpaddedTexts(JSON.valueToTree(ScreenDocuments.document(view)).path("mainTemplate"), false, unpadded);
            assertEquals(List.of(), unpadded, view + ": texts and buttons without the page's padding on both sides");
        }
        ViewportSizes.Viewport round = ViewportSizes.DECLARED.stream().filter(ViewportSizes.Viewport::isRound)
                .findFirst().orElseThrow();
        double outsideTheSquare = round.width() * (1 - 1 / Math.sqrt(2)) / 2;
        for (String padding : PAGE_PADDINGS) {
            double size = ViewportSizes.dimensionsFor(round).get(padding.substring(1));
            assertTrue(size >= outsideTheSquare, padding + " on a round hub: " + size + " dp");
        }
    }

    @Test
    void noDocumentHoldsTextOfItsOwn() {
        for (View view : View.values()) {
            List<String> literal = new ArrayList<>();
            literalTexts(JSON.valueToTree(ScreenDocuments.document(view)), literal);
            assertEquals(List.of(), literal, view + ": text belongs in the content file");
        }
    }

    @Test
    void everyTouchADocumentCanSendIsAnsweredWithSpeechAndAScreen() {
        NeedsSpaceStreamHandler handler = new NeedsSpaceStreamHandler(SkillConfiguration.from(Map.of()),
                TestContent.CATALOG, new InMemoryProgressStore());
        String menu = SsmlAsText.of("<speak>" + CONTENT.template(Phrase.MENU) + "</speak>");
        List<List<String>> touches = everyScreen().flatMap(screen -> check(screen).sentEvents().stream())
                .distinct().toList();
        // Back, Next, Steps, Self-care; six steps and twelve sections; Another idea, Back to the guide, Start over.
        assertEquals(4 + 6 + 12 + 3, touches.size(), touches.toString());
        for (List<String> touch : touches) {
            EchoShowTouches screen = new EchoShowTouches(handler, "amzn1.ask.account.TOUCH" + touches.indexOf(touch));
            screen.touch("section", "giving-space-without-disconnecting");
            JsonNode response = screen.touch(touch.toArray()).path("response");
            String speech = SsmlAsText.of(response.at("/outputSpeech/ssml").asText());
            assertNotEquals(menu, speech, touch + " is not understood");
            assertEquals("Alexa.Presentation.APL.RenderDocument", response.at("/directives/0/type").asText(),
                    touch + " shows no screen");
        }
    }

    @Test
    void theBreathingGuideLastsExactlyAsLongAsEachSpokenPause() {
        List<SelfCarePrompt> paced = CONTENT.selfCare().stream().filter(prompt -> !prompt.breathing().isEmpty()).toList();
        assertFalse(paced.isEmpty());
        for (SelfCarePrompt prompt : paced) {
            JsonNode phases = datasource(Screen.selfCare(prompt.id(), 5)).at("/screen/breathing/phases");
            List<TimedPauses.Pause> pauses = TimedPauses.of(prompt.ssml());
            assertEquals(pauses.size(), phases.size(), prompt.id());
            for (int i = 0; i < pauses.size(); i++) {
                JsonNode phase = phases.get(i);
                assertEquals(pauses.get(i).millis(), phase.path("pauseMillis").asLong(), prompt.id() + " phase " + i);
                assertEquals(prompt.breathing().get(i), phase.path("kind").asText());
                long words = pauses.get(i).wordCount() + (i == 0 ? 5 : 0);
                assertEquals(words * BreathingGuide.MILLIS_PER_WORD, phase.path("wordsMillis").asLong());
                double to = phase.path("toScale").asDouble();
                switch (phase.path("kind").asText()) {
                    case "in" -> assertEquals(BreathingGuide.FULL_SCALE, to);
                    case "out" -> assertEquals(BreathingGuide.REST_SCALE, to);
                    default -> assertEquals(phase.path("fromScale").asDouble(), to);
                }
                if (i > 0) {
                    assertEquals(phases.get(i - 1).path("toScale").asDouble(), phase.path("fromScale").asDouble());
                }
            }
        }
        JsonNode box = datasource(Screen.selfCare("box-breathing", 0)).at("/screen/breathing");
        assertTrue(box.path("shown").asBoolean());
        assertEquals("Breathe in", box.at("/phases/0/name").asText());
        assertEquals(4000, box.at("/phases/0/pauseMillis").asLong());
        assertFalse(datasource(Screen.selfCare("hum-or-sing", 0)).at("/screen/breathing/phases").isEmpty());
    }

    @Test
    void theStepsListMarksTheUsersPlaceAndOnlyThere() {
        JsonNode steps = datasource(Screen.steps("avoiding-pressure")).at("/screen/steps");
        assertEquals(6, steps.size());
        List<String> marked = new ArrayList<>();
        steps.forEach(step -> {
            assertEquals(2, step.path("sections").size());
            step.path("sections").forEach(section -> {
                if (section.path("current").asBoolean()) {
                    marked.add(section.path("id").asText());
                    assertTrue(section.path("label").asText().endsWith("You are here"));
                } else {
                    assertFalse(section.path("label").asText().contains("You are here"));
                }
            });
        });
        assertEquals(List.of("avoiding-pressure"), marked);
    }

    @Test
    void theSafetyPageShowsEveryNumberWithWhatItIsFor() {
        JsonNode numbers = datasource(Screen.safety()).at("/screen/numbers");
        assertEquals(CONTENT.safety().resources().size(), numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(CONTENT.safety().resources().get(i).number(), numbers.get(i).path("number").asText());
            assertFalse(numbers.get(i).path("purpose").asText().isBlank());
        }
    }

    private static AplDocumentCheck check(Screen screen) {
        JsonNode directive = JSON.valueToTree(ScreenDocuments.directive(screen, CONTENT));
        JsonNode sent = readSdkJson(directive);
        return AplDocumentCheck.of(sent.path("document"), sent.path("datasources"));
    }

    private static JsonNode datasource(Screen screen) {
        return readSdkJson(JSON.valueToTree(ScreenDocuments.directive(screen, CONTENT))).path("datasources");
    }

    /** The directive as the SDK writes it into the response. */
    private static JsonNode readSdkJson(JsonNode ignored) {
        try {
            return JSON.readTree(SDK_JSON.serialize(JSON.treeToValue(ignored, Object.class)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void scrollingProblems(JsonNode node, boolean inRow, List<String> problems) {
        if (node.isArray()) {
            node.elements().forEachRemaining(child -> scrollingProblems(child, inRow, problems));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("type").asText();
        boolean scrolls = List.of("ScrollView", "Sequence", "GridSequence").contains(type);
        if (type.equals("ScrollView") && inRow && !node.has("height")) {
            problems.add("a ScrollView in a row without a height");
        }
        if (scrolls && node.has("paddingBottom")) {
            problems.add("a " + type + " with bottom padding of its own");
        }
        if (type.equals("Container") && node.path("direction").asText().equals("row") && !node.has("wrap")
                && count(node.path("items"), "Text") > 1) {
            problems.add("a row of texts that cannot wrap");
        }
        if (type.equals("Container") && count(node.path("items"), "AlexaButton") > 0
                && !node.path("paddingBottom").asText().equals("@buttonsBottom")) {
            problems.add("buttons without the room a round hub's circle needs below them (@buttonsBottom)");
        }
        boolean row = type.equals("Container") && node.path("direction").asText().contains("row");
        node.fields().forEachRemaining(field -> {
            boolean children = field.getKey().equals("items") || field.getKey().equals("item");
            boolean childrenInRow = type.equals("Container") ? row : inRow && !scrolls;
            scrollingProblems(field.getValue(), children && childrenInRow, problems);
        });
    }

    private static void unpaddedTexts(JsonNode node, boolean padded, List<String> found) {
        if (node.isArray()) {
            node.elements().forEachRemaining(child -> unpaddedTexts(child, padded, found));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean inside = padded || (PAGE_PADDINGS.contains(node.path("paddingLeft").asText())
                && PAGE_PADDINGS.contains(node.path("paddingRight").asText()));
        String type = node.path("type").asText();
        if (!inside && (type.equals("Text") || type.equals("AlexaButton"))) {
            found.add(type + " " + node.path("text").asText(node.path("buttonText").asText()));
        }
        node.fields().forEachRemaining(field -> unpaddedTexts(field.getValue(), inside, found));
    }

    private static long count(JsonNode items, String type) {
        List<JsonNode> children = new ArrayList<>();
        items.elements().forEachRemaining(children::add);
        return children.stream().filter(child -> child.path("type").asText().equals(type)).count();
    }

    /** Text properties written into the document instead of bound from the data source. */
    private static void literalTexts(JsonNode node, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String name = field.getKey();
                JsonNode value = field.getValue();
                boolean shown = name.equals("text") || name.equals("buttonText") || name.equals("headerTitle")
                        || name.equals("headerSubtitle") || name.equals("accessibilityLabel");
                if (shown && value.isTextual() && !value.asText().isEmpty() && !value.asText().startsWith("${")) {
                    found.add(name + ": " + value.asText());
                }
                literalTexts(value, found);
            });
        } else if (node.isArray()) {
            node.forEach(element -> literalTexts(element, found));
        }
    }
}
