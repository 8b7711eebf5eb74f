package org.needsspace.alexa.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.needsspace.alexa.HandlerTestSupport;

class SessionAttributesBudgetTest {

    private final SessionAttributesBudget budget = new SessionAttributesBudget();

    @Test
    void theSkillsOwnAttributesGoBackAsTheyAre() {
        Map<String, Object> attributes = new HashMap<>(Map.of(Turn.PENDING, "CONTINUE", "note", "x".repeat(1000)));
        HandlerInput input = HandlerTestSupport.intent("WhereAmIIntent", attributes);

        budget.process(input, Optional.empty());

        assertEquals(attributes, input.getAttributesManager().getSessionAttributes());
    }

    @Test
    void attributesLargerThanTheBudgetAreClearedSoTheResponseStaysWithinAlexasLimit() {
        Map<String, Object> attributes = new HashMap<>(Map.of(Turn.PENDING, "CONTINUE",
                "echoed", "x".repeat(SessionAttributesBudget.MAX_CHARS)));
        HandlerInput input = HandlerTestSupport.intent("WhereAmIIntent", attributes);

        budget.process(input, Optional.empty());

        assertTrue(input.getAttributesManager().getSessionAttributes().isEmpty());
    }
}
