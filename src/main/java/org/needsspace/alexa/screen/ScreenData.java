package org.needsspace.alexa.screen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.needsspace.content.Content;
import org.needsspace.content.SafetyResource;
import org.needsspace.content.ScreenText;
import org.needsspace.domain.Guide;
import org.needsspace.domain.Section;
import org.needsspace.domain.SelfCarePrompt;
import org.needsspace.domain.SsmlText;
import org.needsspace.domain.Step;

/**
 * The data source of a screen: every word it shows, from the locale's content (the documents hold none). The
 * document reads it as {@code payload.screen}.
 */
public final class ScreenData {

    private ScreenData() {
    }

    public static Map<String, Object> of(Screen screen, Content content) {
        return switch (screen.view()) {
            case SECTION -> section(content, section(content, screen.subject()));
            case STEPS -> steps(content, screen.subject());
            case SELF_CARE -> selfCare(content, prompt(content, screen.subject()), screen.wordsBefore());
            case SAFETY -> safety(content);
            case END -> end(content);
        };
    }

    private static Map<String, Object> section(Content content, Section section) {
        Guide guide = content.guide();
        Step step = guide.stepOf(section);
        int sectionNumber = guide.sections().indexOf(section) + 1;
        int sectionCount = guide.sections().size();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("stepOf", content.screenText(ScreenText.SECTION_STEP_OF,
                "stepNumber", step.number(), "stepCount", guide.stepCount()));
        data.put("stepTitle", step.title());
        data.put("sectionTitle", section.title());
        data.put("text", section.text());
        data.put("progress", Map.of("value", sectionNumber, "total", sectionCount,
                "label", content.screenText(ScreenText.SECTION_PROGRESS,
                        "sectionNumber", sectionNumber, "sectionCount", sectionCount)));
        data.put("buttons", buttons(content, Button.BACK, Button.NEXT, Button.STEPS, Button.SELF_CARE));
        return data;
    }

    private static Map<String, Object> steps(Content content, String currentSectionId) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Step step : content.guide().steps()) {
            List<Map<String, Object>> sections = new ArrayList<>();
            for (Section section : step.sections()) {
                boolean here = section.id().equals(currentSectionId);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", section.id());
                entry.put("title", section.title());
                entry.put("current", here);
                entry.put("label", content.screenText(ScreenText.STEPS_SECTION_LABEL,
                        "sectionTitle", section.title(), "stepNumber", step.number())
                        + (here ? ". " + content.screenText(ScreenText.STEPS_HERE) : ""));
                sections.add(entry);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", step.number());
            entry.put("heading", content.screenText(ScreenText.STEPS_STEP, "stepNumber", step.number()));
            entry.put("title", step.title());
            entry.put("label", content.screenText(ScreenText.STEPS_STEP_LABEL,
                    "stepNumber", step.number(), "stepTitle", step.title()));
            entry.put("sections", sections);
            steps.add(entry);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", content.screenText(ScreenText.STEPS_TITLE));
        data.put("here", content.screenText(ScreenText.STEPS_HERE));
        data.put("steps", steps);
        return data;
    }

    private static Map<String, Object> selfCare(Content content, SelfCarePrompt prompt, int wordsBefore) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", content.screenText(ScreenText.SELF_CARE_TITLE));
        data.put("text", SsmlText.plain(prompt.ssml()));
        data.put("breathing", BreathingGuide.of(content, prompt, wordsBefore));
        data.put("buttons", buttons(content, Button.ANOTHER, Button.GUIDE));
        return data;
    }

    private static Map<String, Object> safety(Content content) {
        List<Map<String, Object>> numbers = new ArrayList<>();
        for (SafetyResource resource : content.safety().resources()) {
            numbers.add(Map.of("number", resource.number(), "purpose", resource.purpose()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", content.screenText(ScreenText.SAFETY_TITLE));
        data.put("numbers", numbers);
        return data;
    }

    private static Map<String, Object> end(Content content) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", content.screenText(ScreenText.END_TITLE));
        data.put("text", content.screenText(ScreenText.END_TEXT));
        data.put("buttons", buttons(content, Button.SELF_CARE, Button.STEPS, Button.START_OVER));
        return data;
    }

    /** Buttons by the name the document binds them by, each with its text and its accessibility label. */
    private static Map<String, Object> buttons(Content content, Button... shown) {
        Map<String, Object> buttons = new LinkedHashMap<>();
        for (Button button : shown) {
            buttons.put(button.bindingName(), Map.of("text", content.screenText(button.text()),
                    "label", content.screenText(button.label())));
        }
        return buttons;
    }

    private static Section section(Content content, String sectionId) {
        return content.guide().section(Objects.requireNonNull(sectionId, "section id"))
                .orElseThrow(() -> new IllegalArgumentException("No section " + sectionId));
    }

    private static SelfCarePrompt prompt(Content content, String promptId) {
        return content.selfCare().stream().filter(prompt -> prompt.id().equals(promptId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No self-care prompt " + promptId));
    }
}
