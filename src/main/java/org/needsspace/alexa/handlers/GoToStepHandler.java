package org.needsspace.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import java.util.Arrays;
import java.util.Optional;
import org.needsspace.alexa.Coach;
import org.needsspace.alexa.Slots;
import org.needsspace.alexa.StepChoice;
import org.needsspace.alexa.Turn;
import org.needsspace.alexa.Turns;

/** "Go to step three", "the fourth step": reads that step's first section. */
public final class GoToStepHandler implements RequestHandler {

    private final Turns turns;
    private final Coach coach;

    public GoToStepHandler(Turns turns, Coach coach) {
        this.turns = turns;
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("GoToStepIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = turns.begin(input);
        StepChoice choice = StepChoice.from(
                Arrays.asList(Slots.value(input, "StepNumber").orElse(null), Slots.value(input, "StepOrdinal").orElse(null)),
                turn.content().numberWords());
        return turn.respond(coach.goToStep(turn, choice));
    }
}
