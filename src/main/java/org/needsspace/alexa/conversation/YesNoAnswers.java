package org.needsspace.alexa.conversation;

import java.util.List;
import java.util.Optional;
import org.needsspace.alexa.turn.PendingQuestion;
import org.needsspace.alexa.turn.Reply;
import org.needsspace.alexa.turn.Turn;
import org.needsspace.content.Phrase;
import org.needsspace.progress.Erasure;

/** Yes and No, answering whatever question the skill asked last; every answer still ends on a question. */
public final class YesNoAnswers {

    private final Coach coach;
    private final SelfCareAnswer selfCare;
    private final SafetyAnswer safety;
    private final ReminderAnswer reminders;

    public YesNoAnswers(Coach coach, SelfCareAnswer selfCare, SafetyAnswer safety, ReminderAnswer reminders) {
        this.coach = coach;
        this.selfCare = selfCare;
        this.safety = safety;
        this.reminders = reminders;
    }

    public Reply yes(Turn turn) {
        return switch (turn.pending()) {
            case BEGIN -> coach.begin(turn);
            case CONTINUE -> coach.next(turn);
            case RESUME -> coach.resume(turn);
            case SELF_CARE_OFFER, ANOTHER_SELF_CARE -> selfCare.another(turn);
            case OFFER_EXERCISE -> selfCare.answer(turn, turn.memory().offeredExercise().orElse(null));
            case WHICH_SECTION, OFFER_SECTION -> firstChoice(turn);
            case STEPS_OFFER -> coach.listSteps(turn);
            case SAFETY_REPEAT, WITHOUT_CALLING_REPEAT -> safety.numbers(turn);
            case FORGET -> forget(turn);
            case REMINDER_OFFER -> reminders.set(turn);
            case REMINDER_TIME -> reminders.askTime(turn);
            case NONE -> coach.menu(turn);
        };
    }

    public Reply no(Turn turn) {
        return switch (turn.pending()) {
            case BEGIN, SELF_CARE_OFFER, WHICH_SECTION, STEPS_OFFER ->
                    coach.answer(turn, Phrase.BEGIN_DECLINED, Phrase.MENU_REPROMPT);
            case CONTINUE -> coach.answer(turn, Phrase.CONTINUE_DECLINED, Phrase.MENU_REPROMPT);
            case RESUME -> coach.answer(turn, Phrase.RESUME_DECLINED, Phrase.RESUME_DECLINED_REPROMPT)
                    .pending(PendingQuestion.BEGIN);
            case ANOTHER_SELF_CARE -> reminders.offer(turn).orElseGet(() -> coach.backToGuide(turn));
            case REMINDER_OFFER -> reminders.offerDeclined(turn, coach.backToGuide(turn));
            case REMINDER_TIME -> coach.answer(turn, Phrase.CONTINUE_DECLINED, Phrase.MENU_REPROMPT);
            case OFFER_EXERCISE, OFFER_SECTION -> coach.answer(turn, Phrase.FEELING_OFFER_DECLINED, Phrase.MENU_REPROMPT);
            case FORGET -> coach.answer(turn, Phrase.FORGET_KEPT, Phrase.MENU_REPROMPT);
            case SAFETY_REPEAT, WITHOUT_CALLING_REPEAT -> coach.answer(turn, Phrase.SAFETY_DECLINED, Phrase.MENU_REPROMPT);
            case NONE -> coach.menu(turn);
        };
    }

    /** "Forget me", confirmed: the daily reminder is deleted first; if it cannot be reached, nothing is. */
    private Reply forget(Turn turn) {
        Optional<Reply> reminderUnreachable = reminders.beforeForgetting(turn);
        if (reminderUnreachable.isPresent()) {
            return reminderUnreachable.get();
        }
        return turn.forget()
                .map(erasure -> coach.answer(turn,
                        erasure == Erasure.DELETED ? Phrase.FORGET_DONE : Phrase.FORGET_OWED,
                        Phrase.WELCOME_FIRST_REPROMPT).pending(PendingQuestion.BEGIN))
                .orElseGet(() -> coach.answer(turn, Phrase.FORGET_FAILED, Phrase.MENU_REPROMPT));
    }

    private Reply firstChoice(Turn turn) {
        List<String> choices = turn.memory().choices();
        return choices.isEmpty() ? coach.menu(turn) : coach.answerFromGuide(turn, choices.get(0));
    }
}
