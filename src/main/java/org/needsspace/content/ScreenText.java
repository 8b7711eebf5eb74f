package org.needsspace.content;

/** Every piece of plain text a screen shows around the guide text, by its key in the content file's "screen" block. */
public enum ScreenText {
    SECTION_STEP_OF("section.stepOf"),
    SECTION_PROGRESS("section.progress"),
    BUTTON_BACK("button.back"),
    BUTTON_BACK_LABEL("button.back.label"),
    BUTTON_NEXT("button.next"),
    BUTTON_NEXT_LABEL("button.next.label"),
    BUTTON_STEPS("button.steps"),
    BUTTON_STEPS_LABEL("button.steps.label"),
    BUTTON_SELF_CARE("button.selfCare"),
    BUTTON_SELF_CARE_LABEL("button.selfCare.label"),
    BUTTON_ANOTHER("button.another"),
    BUTTON_ANOTHER_LABEL("button.another.label"),
    BUTTON_GUIDE("button.guide"),
    BUTTON_GUIDE_LABEL("button.guide.label"),
    BUTTON_START_OVER("button.startOver"),
    BUTTON_START_OVER_LABEL("button.startOver.label"),
    STEPS_TITLE("steps.title"),
    STEPS_STEP("steps.step"),
    STEPS_STEP_LABEL("steps.step.label"),
    STEPS_SECTION_LABEL("steps.section.label"),
    STEPS_HERE("steps.here"),
    SELF_CARE_TITLE("selfCare.title"),
    BREATH_IN("breath.in"),
    BREATH_HOLD("breath.hold"),
    BREATH_OUT("breath.out"),
    BREATH_GUIDE_LABEL("breath.guide.label"),
    SAFETY_TITLE("safety.title"),
    END_TITLE("end.title"),
    END_TEXT("end.text");

    private final String key;

    ScreenText(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
