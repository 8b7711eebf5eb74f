package org.needsspace.alexa.conversation;

import org.needsspace.alexaapi.ReminderApi;

/** Every conversational answer of the skill, wired once: which call answers which request is in SkillFactory. */
public final class Answers {

    private final Coach coach = new Coach();
    private final ReminderAnswer reminders;
    private final SelfCareAnswer selfCare;
    private final SafetyAnswer safety = new SafetyAnswer();
    private final YesNoAnswers yesNo;
    private final NavigationAnswers navigation;
    private final FreeTextAnswer freeText;
    private final TouchAnswer touch;

    /** With Alexa's reminder API called through the JDK's HTTP client. */
    public Answers() {
        this(ReminderApi.withJdkHttpClient());
    }

    public Answers(ReminderApi reminderApi) {
        reminders = new ReminderAnswer(reminderApi);
        selfCare = new SelfCareAnswer(reminders);
        yesNo = new YesNoAnswers(coach, selfCare, safety, reminders);
        navigation = new NavigationAnswers(coach, selfCare, safety, yesNo);
        freeText = new FreeTextAnswer(coach, safety, selfCare, new FeelingAnswer(selfCare), navigation,
                reminders);
        touch = new TouchAnswer(coach, selfCare, navigation);
    }

    public ReminderAnswer reminders() {
        return reminders;
    }

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
