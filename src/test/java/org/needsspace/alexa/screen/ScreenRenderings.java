package org.needsspace.alexa.screen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.needsspace.TestContent;
import org.needsspace.content.Content;

/**
 * Draws a schematic SVG of each view on a 1024 x 600 landscape hub into docs/screens/, with the text of the data
 * source the skill sends, laid out as the documents lay it out. Not a device screenshot: no APL renderer runs here.
 * Run: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.needsspace.alexa.screen.ScreenRenderings}
 */
public final class ScreenRenderings {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WIDTH = 1024;
    private static final int HEIGHT = 600;
    private static final double CHAR_WIDTH = 0.5;

    private final StringBuilder svg = new StringBuilder();

    public static void main(String[] args) throws IOException {
        Content content = TestContent.english();
        Path directory = Path.of(args.length > 0 ? args[0] : "docs/screens");
        Files.createDirectories(directory);
        write(directory, "section", section(data(Screen.section("maintaining-independence"), content)));
        write(directory, "steps", steps(data(Screen.steps("avoiding-pressure"), content)));
        write(directory, "self-care", selfCare(data(Screen.selfCare("box-breathing", 4), content)));
        write(directory, "safety", safety(data(Screen.safety(), content)));
        write(directory, "end", end(data(Screen.end(), content)));
    }

    private static JsonNode data(Screen screen, Content content) {
        return JSON.valueToTree(ScreenData.of(screen, content));
    }

    private static void write(Path directory, String name, ScreenRenderings drawing) throws IOException {
        Files.writeString(directory.resolve(name + ".svg"), drawing.finish());
    }

    private ScreenRenderings(String background) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"Amazon Ember, Helvetica, Arial, sans-serif\">\n");
        rect(0, 0, WIDTH, HEIGHT, background, null, 0);
    }

    private static ScreenRenderings section(JsonNode data) {
        ScreenRenderings drawing = new ScreenRenderings("#232F3E");
        drawing.header(data.path("stepTitle").asText(), data.path("stepOf").asText());
        drawing.text(48, 150, 36, "#FFFFFF", data.path("sectionTitle").asText(), true);
        int y = drawing.paragraph(48, 195, 22, "#FFFFFF", data.path("text").asText(), WIDTH - 96, 7);
        JsonNode progress = data.path("progress");
        double share = progress.path("value").asDouble() / progress.path("total").asDouble();
        drawing.rect(48, 470, WIDTH - 96, 6, "#5A6B7B", null, 3);
        drawing.rect(48, 470, (int) ((WIDTH - 96) * share), 6, "#4FD1C5", null, 3);
        drawing.text(48, 500, 18, "#B8C4CF", progress.path("label").asText(), false);
        drawing.buttons(data.path("buttons"), List.of("back", "next", "steps", "selfCare"), "next", 530);
        return drawing;
    }

    private static ScreenRenderings steps(JsonNode data) {
        ScreenRenderings drawing = new ScreenRenderings("#232F3E");
        drawing.header(data.path("title").asText(), "");
        int column = 0;
        for (JsonNode step : data.path("steps")) {
            int x = 48 + (column % 2) * 470;
            int y = 130 + (column / 2) * 150;
            drawing.text(x, y, 24, "#FFFFFF", step.path("heading").asText() + ": " + step.path("title").asText(), true);
            int line = y + 36;
            for (JsonNode section : step.path("sections")) {
                boolean here = section.path("current").asBoolean();
                drawing.text(x + 16, line, 20, "#FFFFFF", section.path("title").asText(), false);
                if (here) {
                    drawing.text(x + 16 + width(section.path("title").asText(), 20) + 16, line, 20, "#4FD1C5",
                            data.path("here").asText(), true);
                }
                line += 32;
            }
            column++;
        }
        drawing.note("every step and section is touchable; the list scrolls on smaller screens");
        return drawing;
    }

    private static ScreenRenderings selfCare(JsonNode data) {
        ScreenRenderings drawing = new ScreenRenderings("#232F3E");
        drawing.header(data.path("title").asText(), "");
        JsonNode breathing = data.path("breathing");
        drawing.circle(200, 300, 130, "#4FD1C5", 0.25);
        drawing.circle(200, 300, 65, "#4FD1C5", 0.6);
        drawing.text(130, 308, 26, "#FFFFFF", breathing.at("/phases/0/name").asText(), true);
        List<String> timeline = new ArrayList<>();
        breathing.path("phases").forEach(phase -> timeline.add(phase.path("name").asText() + " "
                + phase.path("pauseMillis").asLong() / 1000 + " s"));
        drawing.paragraph(380, 140, 20, "#FFFFFF", data.path("text").asText(), WIDTH - 428, 12);
        drawing.paragraph(48, 470, 16, "#B8C4CF", "circle: " + String.join(", ", timeline), WIDTH - 96, 2);
        drawing.buttons(data.path("buttons"), List.of("another", "guide"), "another", 530);
        return drawing;
    }

    private static ScreenRenderings safety(JsonNode data) {
        ScreenRenderings drawing = new ScreenRenderings("#000000");
        drawing.centered(90, 28, "#FFFFFF", data.path("title").asText(), false);
        int y = 190;
        for (JsonNode number : data.path("numbers")) {
            drawing.centered(y, 64, "#FFE14D", number.path("number").asText(), true);
            drawing.centered(y + 40, 22, "#FFFFFF", number.path("purpose").asText(), false);
            y += 140;
        }
        return drawing;
    }

    private static ScreenRenderings end(JsonNode data) {
        ScreenRenderings drawing = new ScreenRenderings("#232F3E");
        drawing.centered(220, 40, "#FFFFFF", data.path("title").asText(), true);
        drawing.paragraph(112, 280, 24, "#FFFFFF", data.path("text").asText(), WIDTH - 224, 3);
        drawing.buttons(data.path("buttons"), List.of("selfCare", "steps", "startOver"), "selfCare", 420);
        return drawing;
    }

    private void header(String title, String subtitle) {
        text(48, 64, 30, "#FFFFFF", title, true);
        if (!subtitle.isEmpty()) {
            text(48, 96, 20, "#B8C4CF", subtitle, false);
        }
    }

    private void buttons(JsonNode buttons, List<String> names, String contained, int y) {
        int total = names.stream().mapToInt(name -> width(buttons.at("/" + name + "/text").asText(), 20) + 64).sum()
                + 16 * (names.size() - 1);
        int x = (WIDTH - total) / 2;
        for (String name : names) {
            String label = buttons.at("/" + name + "/text").asText();
            int w = width(label, 20) + 64;
            boolean filled = name.equals(contained);
            rect(x, y, w, 48, filled ? "#4FD1C5" : "none", "#4FD1C5", 24);
            text(x + 32, y + 31, 20, filled ? "#0B1621" : "#FFFFFF", label, true);
            x += w + 16;
        }
    }

    private void note(String note) {
        text(48, HEIGHT - 24, 14, "#B8C4CF", note, false);
    }

    /** Words wrapped to the width; at most {@code lines} lines, the last ending in an ellipsis when cut. */
    private int paragraph(int x, int y, int size, String color, String words, int width, int lines) {
        List<String> wrapped = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words.split(" ")) {
            if (width(line + " " + word, size) > width && line.length() > 0) {
                wrapped.add(line.toString());
                line = new StringBuilder();
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        wrapped.add(line.toString());
        for (int i = 0; i < Math.min(lines, wrapped.size()); i++) {
            boolean cut = i == lines - 1 && wrapped.size() > lines;
            text(x, y + i * (int) (size * 1.4), size, color, wrapped.get(i) + (cut ? " …" : ""), false);
        }
        return y + Math.min(lines, wrapped.size()) * (int) (size * 1.4);
    }

    private void centered(int y, int size, String color, String words, boolean bold) {
        text((WIDTH - width(words, size)) / 2, y, size, color, words, bold);
    }

    private static int width(String words, int size) {
        return (int) (words.length() * size * CHAR_WIDTH);
    }

    private void text(int x, int y, int size, String color, String words, boolean bold) {
        svg.append("  <text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                .append("\" fill=\"").append(color).append('"').append(bold ? " font-weight=\"bold\"" : "").append('>')
                .append(escape(words)).append("</text>\n");
    }

    private void rect(int x, int y, int w, int h, String fill, String stroke, int radius) {
        svg.append("  <rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" rx=\"").append(radius).append("\" fill=\"").append(fill)
                .append('"').append(stroke == null ? "" : " stroke=\"" + stroke + "\" stroke-width=\"2\"").append("/>\n");
    }

    private void circle(int cx, int cy, int r, String fill, double opacity) {
        svg.append("  <circle cx=\"").append(cx).append("\" cy=\"").append(cy).append("\" r=\"").append(r)
                .append("\" fill=\"").append(fill).append("\" opacity=\"").append(opacity).append("\"/>\n");
    }

    private String finish() {
        return svg.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
