package org.needsspace.progress.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.needsspace.content.ContentCatalog;
import org.needsspace.lambda.HandlerConversation;
import org.needsspace.lambda.NeedsSpaceStreamHandler;
import org.needsspace.skill.SkillConfiguration;

/**
 * The DynamoDB budget over a whole walk through the guide, counted at the SDK: at most one read per session,
 * at most one write for a turn that changes the stored place, none for a turn that changes nothing.
 */
class ReadWriteBudgetIT {

    @RegisterExtension
    static final Dynalite DYNALITE = Dynalite.inMemory();

    private static final String LAUNCH = "(launch)";

    /** One thing the user says, and whether it moves what is stored. */
    private record Step(String utterance, boolean changesStoredState) {
    }

    private record Measured(String utterance, int reads, int writes) {
    }

    private final CallCounter calls = new CallCounter();

    @Test
    void aFullWalkReadsOncePerSessionAndWritesOnlyWhenThePlaceMoves() {
        String table = DYNALITE.createTable("budget");
        DynamoDbProgressStore store = new DynamoDbProgressStore(DYNALITE.client(calls), table, Clock.systemUTC());
        NeedsSpaceStreamHandler handler = new NeedsSpaceStreamHandler(SkillConfiguration.from(Map.of()),
                ContentCatalog.loadAll(), store);

        List<Step> firstSession = new ArrayList<>(List.of(
                new Step(LAUNCH, true),
                new Step("what should I do if he needs space", true)));
        for (int section = 2; section <= 12; section++) {
            firstSession.add(new Step(section % 2 == 0 ? "yes" : "next", true));
        }
        firstSession.addAll(List.of(
                new Step("repeat", false),
                new Step("help", false),
                new Step("where was I", false),
                new Step("what are the steps", false),
                new Step("I'm not safe", false),
                new Step("order me a pizza", false),
                new Step("stop", false)));
        List<Step> returningSession = List.of(
                new Step(LAUNCH, false),
                new Step("yes", false),
                new Step("where am I", false),
                new Step("stop", false));

        List<Measured> first = walk(new HandlerConversation(handler, "amzn1.ask.account.budget"), firstSession);
        List<Measured> returning = walk(new HandlerConversation(handler, "amzn1.ask.account.budget"), returningSession);

        report("first session (new user, all 12 sections)", first);
        report("returning session", returning);
        assertBudget(firstSession, first);
        assertBudget(returningSession, returning);
        assertEquals(13, writes(first), "the first launch, the headline and eleven moves write once each");
    }

    private List<Measured> walk(HandlerConversation conversation, List<Step> steps) {
        List<Measured> measured = new ArrayList<>();
        for (Step step : steps) {
            calls.reset();
            String answer = step.utterance().equals(LAUNCH) ? conversation.launch() : conversation.say(step.utterance());
            assertFalse(answer.isBlank(), "an answer to " + step.utterance());
            measured.add(new Measured(step.utterance(), calls.reads(), calls.writes()));
        }
        assertFalse(conversation.isOpen(), "stop ends the session");
        return measured;
    }

    private static void assertBudget(List<Step> steps, List<Measured> measured) {
        assertTrue(reads(measured) <= 1, "at most one read per session: " + measured);
        for (int i = 0; i < steps.size(); i++) {
            Measured turn = measured.get(i);
            if (steps.get(i).changesStoredState()) {
                assertEquals(1, turn.writes(), "one write for " + turn);
            } else {
                assertEquals(0, turn.writes(), "no write for " + turn);
            }
        }
    }

    private static void report(String session, List<Measured> measured) {
        System.out.printf("DynamoDB budget, %s: %d turns, %d reads, %d writes%n",
                session, measured.size(), reads(measured), writes(measured));
    }

    private static int reads(List<Measured> measured) {
        return measured.stream().mapToInt(Measured::reads).sum();
    }

    private static int writes(List<Measured> measured) {
        return measured.stream().mapToInt(Measured::writes).sum();
    }
}
