package org.needsspace.alexa.conversation;

import com.amazon.ask.model.Request;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import java.util.List;
import org.needsspace.alexa.turn.Reply;
import org.needsspace.alexa.turn.Turn;
import org.needsspace.understanding.Meaning;

/**
 * A touch on a screen ({@code Alexa.Presentation.APL.UserEvent}, the arguments of the document's SendEvent), answered
 * by the very call that answers the same request spoken: "Next" is {@link Coach#next}, a section in the list of steps
 * is {@link Coach#answerFromGuide}, as if its title had been said. A touch the skill does not know gets the menu.
 */
public final class TouchAnswer {

    private final Coach coach;
    private final SelfCareAnswer selfCare;
    private final NavigationAnswers navigation;

    public TouchAnswer(Coach coach, SelfCareAnswer selfCare, NavigationAnswers navigation) {
        this.coach = coach;
        this.selfCare = selfCare;
        this.navigation = navigation;
    }

    public Reply answer(Turn turn) {
        List<Object> arguments = arguments(turn.input().getRequestEnvelope().getRequest());
        String touched = argument(arguments, 0);
        return switch (touched) {
            case "next" -> coach.next(turn);
            case "previous" -> coach.previous(turn);
            case "steps" -> coach.listSteps(turn);
            case "self-care" -> selfCare.answer(turn, null);
            case "another" -> navigation.answer(turn, "another");
            case "resume" -> coach.resume(turn);
            case "start-over" -> coach.startOver(turn);
            case "step" -> navigation.answer(turn, "step-" + argument(arguments, 1));
            case "section" -> coach.answerFromGuide(turn, Meaning.sectionLabel(argument(arguments, 1)));
            default -> coach.menu(turn);
        };
    }

    private static List<Object> arguments(Request request) {
        if (request instanceof UserEvent event && event.getArguments() != null) {
            return event.getArguments();
        }
        return List.of();
    }

    /** An argument as text; a whole number sent as 3 or 3.0 reads "3"; a missing one reads "". */
    private static String argument(List<Object> arguments, int index) {
        if (index >= arguments.size() || arguments.get(index) == null) {
            return "";
        }
        Object value = arguments.get(index);
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return Long.toString(number.longValue());
        }
        return value.toString();
    }
}
