package org.needsspace.content;

/** Every sentence the skill speaks around the guide text, by its key in the content file (each has one or more wordings). */
public enum Phrase {
    WELCOME_FIRST("welcome.first"),
    WELCOME_FIRST_REPROMPT("welcome.first.reprompt"),
    WELCOME_BACK_RESUME("welcome.back.resume"),
    WELCOME_BACK_FRESH("welcome.back.fresh"),
    RESUME_REPROMPT("resume.reprompt"),
    HEADLINE_OVERVIEW("headline.overview"),
    SECTION_HEADING("section.heading"),
    SECTION_NEXT_SAME_STEP("section.next.sameStep"),
    SECTION_NEXT_NEW_STEP("section.next.newStep"),
    SECTION_NEXT_REPROMPT("section.next.reprompt"),
    SECTION_LAST("section.last"),
    SECTION_LAST_REPROMPT("section.last.reprompt"),
    NEXT_AT_END("next.atEnd"),
    PREVIOUS_AT_START("previous.atStart"),
    WHERE_AM_I_IN_GUIDE("whereAmI.inGuide"),
    WHERE_AM_I_NOT_STARTED("whereAmI.notStarted"),
    RESUME_NOTHING_SAVED("resume.nothingSaved"),
    STEPS_OVERVIEW_ASK("steps.overview.ask"),
    STEPS_OVERVIEW_REPROMPT("steps.overview.reprompt"),
    STEP_OUT_OF_RANGE("step.outOfRange"),
    STEP_MISSING("step.missing"),
    STEP_REPROMPT("step.reprompt"),
    SELF_CARE_INTRO("selfCare.intro"),
    SELF_CARE_MORE("selfCare.more"),
    SELF_CARE_MORE_REPROMPT("selfCare.more.reprompt"),
    SELF_CARE_BACK_TO_GUIDE("selfCare.backToGuide"),
    SELF_CARE_BACK_TO_GUIDE_REPROMPT("selfCare.backToGuide.reprompt"),
    MENU("menu"),
    MENU_REPROMPT("menu.reprompt"),
    CONTINUE_DECLINED("continue.declined"),
    RESUME_DECLINED("resume.declined"),
    RESUME_DECLINED_REPROMPT("resume.declined.reprompt"),
    BEGIN_DECLINED("begin.declined"),
    SAFETY_ASK("safety.ask"),
    SAFETY_REPROMPT("safety.reprompt"),
    SAFETY_DECLINED("safety.declined"),
    HELP_NOT_STARTED("help.notStarted"),
    HELP_IN_GUIDE("help.inGuide"),
    HELP_REPROMPT("help.reprompt"),
    GOODBYE("goodbye"),
    NOT_UNDERSTOOD_FIRST("notUnderstood.first"),
    NOT_UNDERSTOOD_SECOND("notUnderstood.second"),
    NOT_UNDERSTOOD_THIRD("notUnderstood.third"),
    NOT_UNDERSTOOD_REPROMPT("notUnderstood.reprompt"),
    THANKS("thanks"),
    THANKS_IN_GUIDE("thanks.inGuide"),
    THANKS_NOT_STARTED("thanks.notStarted"),
    HELLO("hello"),
    HELLO_REPROMPT("hello.reprompt"),
    WHICH_SECTION("whichSection"),
    WHICH_SECTION_REPROMPT("whichSection.reprompt"),
    HEADLINE_IN_SESSION("headline.inSession"),
    HEADLINE_IN_SESSION_REPROMPT("headline.inSession.reprompt"),
    SAFETY_NUMBERS_AGAIN("safety.numbersAgain"),
    FEELING_OFFER_REPROMPT("feeling.offer.reprompt"),
    FEELING_OFFER_DECLINED("feeling.offer.declined"),
    ERROR("error"),
    ERROR_REPROMPT("error.reprompt"),
    NOTICE_UNSAVED("notice.unsaved"),
    FORGET_CONFIRM("forget.confirm"),
    FORGET_CONFIRM_REPROMPT("forget.confirm.reprompt"),
    FORGET_DONE("forget.done"),
    FORGET_FAILED("forget.failed"),
    FORGET_KEPT("forget.kept"),
    HOME("home"),
    CARD_SECTION_TITLE("card.section.title"),
    CARD_SELF_CARE_TITLE("card.selfCare.title"),
    CARD_SAFETY_TITLE("card.safety.title"),
    PAUSE("pause.short");

    private final String key;

    Phrase(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
