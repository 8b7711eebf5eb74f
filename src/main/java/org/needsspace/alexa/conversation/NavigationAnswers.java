package org.needsspace.alexa.conversation;

import java.util.List;
import java.util.Optional;
import org.needsspace.alexa.requests.StepChoice;
import org.needsspace.alexa.turn.PendingQuestion;
import org.needsspace.alexa.turn.Reply;
import org.needsspace.alexa.turn.Turn;

/**
 * Moving about by free text ("can we go back a bit", "one more", "the second one"), answered by the same calls
 * as the built-in intents, with the context the words need: "another one" after an exercise is a different
 * exercise, in the guide it is the next section.
 */
public final class NavigationAnswers {

    private static final String STEP_PREFIX = "step-";
    private static final String CHOICE_PREFIX = "choice-";

    private final Coach coach;
    private final SelfCareAnswer selfCare;
    private final SafetyAnswer safety;
    private final YesNoAnswers yesNo;

    public NavigationAnswers(Coach coach, SelfCareAnswer selfCare, SafetyAnswer safety, YesNoAnswers yesNo) {
        this.coach = coach;
        this.selfCare = selfCare;
        this.safety = safety;
        this.yesNo = yesNo;
    }

    /** @param action a navigation action of the understanding data ("next", "step-3", "another", ...) */
    public Reply answer(Turn turn, String action) {
        if (action.startsWith(STEP_PREFIX)) {
            return coach.goToStep(turn, stepChoice(action.substring(STEP_PREFIX.length())));
        }
        if (action.startsWith(CHOICE_PREFIX)) {
            return choice(turn, action.substring(CHOICE_PREFIX.length()));
        }
        return switch (action) {
            case "next" -> coach.next(turn);
            case "previous" -> coach.previous(turn);
            case "repeat" -> repeat(turn);
            case "again" -> afterExercise(turn) ? selfCare.another(turn) : repeat(turn);
            case "another" -> another(turn);
            case "start-over" -> coach.startOver(turn);
            case "list-steps" -> coach.listSteps(turn);
            case "where-am-i" -> coach.whereAmI(turn);
            case "resume" -> coach.resume(turn);
            case "help" -> coach.help(turn);
            case "numbers" -> safety.numbers(turn);
            case "without-calling" -> safety.withoutCalling(turn);
            case "yes" -> yesNo.yes(turn);
            case "no" -> yesNo.no(turn);
            default -> coach.menu(turn);
        };
    }

    /** Repeat: the last answer; after the safety guidance, the numbers only. */
    public Reply repeat(Turn turn) {
        return turn.pending().followsSafetyGuidance() ? safety.numbers(turn) : coach.repeat(turn);
    }

    private Reply another(Turn turn) {
        if (afterExercise(turn) || turn.pending() == PendingQuestion.SELF_CARE_OFFER) {
            return selfCare.another(turn);
        }
        return turn.pending() == PendingQuestion.CONTINUE ? coach.next(turn) : selfCare.answer(turn);
    }

    private static boolean afterExercise(Turn turn) {
        return turn.pending() == PendingQuestion.ANOTHER_SELF_CARE;
    }

    private Reply choice(Turn turn, String which) {
        List<String> choices = turn.memory().choices();
        int index = "1".equals(which) ? 0 : 1;
        if (turn.pending() != PendingQuestion.WHICH_SECTION || index >= choices.size()) {
            return coach.menu(turn);
        }
        return coach.answerFromGuide(turn, choices.get(index));
    }

    private static StepChoice stepChoice(String number) {
        try {
            return new StepChoice(Optional.of(Integer.parseInt(number)), number);
        } catch (NumberFormatException e) {
            return new StepChoice(Optional.empty(), number);
        }
    }
}
