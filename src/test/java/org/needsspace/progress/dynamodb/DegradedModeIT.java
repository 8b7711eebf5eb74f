package org.needsspace.progress.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.needsspace.content.ContentCatalog;
import org.needsspace.lambda.HandlerConversation;
import org.needsspace.lambda.NeedsSpaceStreamHandler;
import org.needsspace.skill.SkillConfiguration;
import org.needsspace.progress.UserKey;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB goes away mid-conversation: the user is still answered, told once, and the place is saved later. */
class DegradedModeIT {

    @RegisterExtension
    static final Dynalite DYNALITE = Dynalite.keepingDataOnDisk();

    private static final String USER = "amzn1.ask.account.degraded";
    private static final String NOTICE = "I may not be able to save your place";

    private final List<String> heard = new ArrayList<>();
    private String table;

    @AfterEach
    void serverBackUp() throws Exception {
        DYNALITE.start();
    }

    @Test
    void withTheServerKilledTheUserHearsWhatTheyAskedForAndIsToldOnceThenTheOwedSaveIsMade(TestInfo test) throws Exception {
        table = DYNALITE.createTable("degraded-mid");
        HandlerConversation conversation = new HandlerConversation(handler(), USER);
        conversation.launch();
        conversation.say("what should I do if he needs space");
        conversation.say("next");
        Map<String, AttributeValue> before = storedItem();

        DYNALITE.stop();
        String third = hear(conversation, "next");
        String fourth = hear(conversation, "next");
        String whereAmI = hear(conversation, "where am I");

        assertTrue(third.contains("Step two"), third);
        assertTrue(fourth.contains("Step two"), fourth);
        assertEquals(1, heard.stream().filter(answer -> answer.contains(NOTICE)).count(), "the notice, once: " + heard);
        assertTrue(third.contains(NOTICE), "the notice comes with the first failed turn");
        assertTrue(whereAmI.contains(titleOfSectionInSession(conversation)), "the session kept the place");
        assertTrue(conversation.isOpen());

        DYNALITE.start();
        assertEquals(before, storedItem(), "nothing was written while the server was down");
        String afterRestart = hear(conversation, "help");

        assertFalse(afterRestart.contains(NOTICE));
        Map<String, AttributeValue> after = storedItem();
        assertEquals(sessionProgress(conversation).get("sectionId"), after.get("sectionId").s(), "the owed save happened");
        assertFalse(conversation.sessionAttributes().containsKey("unsaved"));
    }

    @Test
    void withTheServerDownFromTheFirstTurnTheWalkGoesOnAndIsStoredOnceItIsBack() throws Exception {
        table = DYNALITE.createTable("degraded-start");
        DYNALITE.stop();
        HandlerConversation conversation = new HandlerConversation(handler(), USER);

        String welcome = hear(conversation, null);
        String first = hear(conversation, "what should I do if he needs space");

        assertTrue(welcome.contains(NOTICE), welcome);
        assertTrue(first.contains("Step one"), first);
        assertFalse(first.contains(NOTICE));

        DYNALITE.start();
        hear(conversation, "next");

        Map<String, AttributeValue> stored = storedItem();
        assertEquals(sessionProgress(conversation).get("sectionId"), stored.get("sectionId").s());
        assertEquals(2, stored.get("heardSections").l().size());
    }

    private String hear(HandlerConversation conversation, String utterance) {
        String answer = utterance == null ? conversation.launch() : conversation.say(utterance);
        heard.add(answer);
        return answer;
    }

    private NeedsSpaceStreamHandler handler() {
        DynamoDbProgressStore store = new DynamoDbProgressStore(DYNALITE.client(), table, Clock.systemUTC());
        return new NeedsSpaceStreamHandler(SkillConfiguration.from(Map.of()), ContentCatalog.loadAll(), store);
    }

    private Map<String, AttributeValue> storedItem() {
        try (DynamoDbClient client = DYNALITE.client()) {
            return client.getItem(request -> request.tableName(table).consistentRead(true)
                    .key(Map.of("userId", AttributeValue.fromS(UserKey.of(USER).value())))).item();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sessionProgress(HandlerConversation conversation) {
        return (Map<String, Object>) conversation.sessionAttributes().get("progress");
    }

    private static String titleOfSectionInSession(HandlerConversation conversation) {
        String sectionId = (String) sessionProgress(conversation).get("sectionId");
        return ContentCatalog.loadAll().defaultContent().guide().section(sectionId).orElseThrow().title();
    }
}
