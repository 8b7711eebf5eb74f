package org.needsspace.alexa.screen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.needsspace.content.Content;
import org.needsspace.content.ScreenText;
import org.needsspace.domain.SelfCarePrompt;
import org.needsspace.domain.TimedPauses;

/**
 * The phases of a paced breathing exercise for the screen, one per spoken pause: the circle grows over a breath in,
 * stays over a hold and shrinks over a breath out, for exactly the length of the pause Alexa makes. Before each
 * phase the screen waits while Alexa says the words leading to that pause; how long words take is estimated.
 */
final class BreathingGuide {

    /** Alexa's speaking rate at the default prosody, about 150 words a minute. */
    static final long MILLIS_PER_WORD = 400;
    static final double REST_SCALE = 0.5;
    static final double FULL_SCALE = 1.0;

    private BreathingGuide() {
    }

    static Map<String, Object> of(Content content, SelfCarePrompt prompt, int wordsBefore) {
        Map<String, Object> guide = new LinkedHashMap<>();
        guide.put("shown", !prompt.breathing().isEmpty());
        guide.put("label", content.screenText(ScreenText.BREATH_GUIDE_LABEL));
        guide.put("restScale", REST_SCALE);
        guide.put("phases", phases(content, prompt, wordsBefore));
        return guide;
    }

    private static List<Map<String, Object>> phases(Content content, SelfCarePrompt prompt, int wordsBefore) {
        List<TimedPauses.Pause> pauses = TimedPauses.of(prompt.ssml());
        List<Map<String, Object>> phases = new ArrayList<>();
        double scale = REST_SCALE;
        for (int i = 0; i < prompt.breathing().size(); i++) {
            String kind = prompt.breathing().get(i);
            TimedPauses.Pause pause = pauses.get(i);
            double target = switch (kind) {
                case "in" -> FULL_SCALE;
                case "out" -> REST_SCALE;
                default -> scale;
            };
            int words = pause.wordCount() + (i == 0 ? wordsBefore : 0);
            Map<String, Object> phase = new LinkedHashMap<>();
            phase.put("kind", kind);
            phase.put("name", content.screenText(nameOf(kind)));
            phase.put("wordsMillis", words * MILLIS_PER_WORD);
            phase.put("pauseMillis", pause.millis());
            phase.put("fromScale", scale);
            phase.put("toScale", target);
            phases.add(phase);
            scale = target;
        }
        return phases;
    }

    private static ScreenText nameOf(String kind) {
        return switch (kind) {
            case "in" -> ScreenText.BREATH_IN;
            case "out" -> ScreenText.BREATH_OUT;
            default -> ScreenText.BREATH_HOLD;
        };
    }
}
