package org.needsspace.alexa;

/** Every conversational answer of the skill, wired once: which call answers which request is in SkillFactory. */
public final class Answers {

    private final Coach coach = new Coach();
    private final SelfCareAnswer selfCare = new SelfCareAnswer();
    private final SafetyAnswer safety = new SafetyAnswer();
    private final YesNoAnswers yesNo = new YesNoAnswers(coach, selfCare, safety);
    private final NavigationAnswers navigation = new NavigationAnswers(coach, selfCare, safety, yesNo);
    private final FreeTextAnswer freeText = new FreeTextAnswer(coach, safety, selfCare, new FeelingAnswer(selfCare),
            navigation);
    private final TouchAnswer touch = new TouchAnswer(coach, selfCare, navigation);

    public Coach coach() {
        return coach;
    }

    public SelfCareAnswer selfCare() {
        return selfCare;
    }

    public SafetyAnswer safety() {
        return safety;
    }

    public YesNoAnswers yesNo() {
        return yesNo;
    }

    public NavigationAnswers navigation() {
        return navigation;
    }

    public TouchAnswer touch() {
        return touch;
    }

    public FreeTextAnswer freeText() {
        return freeText;
    }
}
