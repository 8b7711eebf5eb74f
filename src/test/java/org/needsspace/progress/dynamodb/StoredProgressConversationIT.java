package org.needsspace.progress.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/** Whole conversations through the Lambda handler (request JSON in, response JSON out) against dynalite. */
class StoredProgressConversationIT {

    @RegisterExtension
    static final Dynalite DYNALITE = Dynalite.inMemory();

    private static final ContentCatalog CATALOG = ContentCatalog.loadAll();
    private static final String ALEXA_USER_ID = "amzn1.ask.account.AGF7EXAMPLERAWUSERID4711";

    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createTable(TestInfo test) {
        table = DYNALITE.createTable("conversation-" + test.getTestMethod().orElseThrow().getName());
        client = DYNALITE.client();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void aConversationWalkedToStepFourResumesThereThroughAFreshHandler() {
        HandlerConversation first = new HandlerConversation(freshHandler(), ALEXA_USER_ID);
        first.launch();
        first.say("what should I do if he needs space");
        for (int i = 0; i < 6; i++) {
            first.say("next");
        }
        assertTrue(first.say("where am I").contains("step four"), "walked to step four");
        first.say("stop");

        HandlerConversation second = new HandlerConversation(freshHandler(), ALEXA_USER_ID);
        String welcome = second.launch();

        assertTrue(welcome.contains("Last time you were on step four"), welcome);
        assertTrue(second.say("yes").startsWith("Step four"), "resumes reading at step four");
    }

    @Test
    void forgetMeConfirmedWithYesDeletesTheStoredRecord() {
        HandlerConversation conversation = new HandlerConversation(freshHandler(), ALEXA_USER_ID);
        conversation.launch();
        conversation.say("what should I do if he needs space");
        assertEquals(1, items().size());

        conversation.say("forget me");
        assertEquals(1, items().size(), "nothing is deleted before the user confirms");
        String answer = conversation.say("yes");

        assertTrue(answer.contains("deleted your progress"), answer);
        assertEquals(List.of(), items());
        conversation.say("stop");
        assertEquals(List.of(), items(), "stopping after the deletion writes nothing back");
        assertFalse(new HandlerConversation(freshHandler(), ALEXA_USER_ID).launch().contains("Last time"));
    }

    @Test
    void skillDisabledEventDeletesTheUsersRecordAndAnswersWithoutSpeech() {
        HandlerConversation conversation = new HandlerConversation(freshHandler(), ALEXA_USER_ID);
        conversation.launch();
        conversation.say("what should I do if he needs space");
        conversation.say("stop");
        HandlerConversation otherUser = new HandlerConversation(freshHandler(), "amzn1.ask.account.SOMEONEELSE");
        otherUser.launch();
        assertEquals(2, items().size());

        String responseJson = conversation.sendRaw(skillDisabledEvent(ALEXA_USER_ID));

        ResponseEnvelope response = new JacksonSerializer().deserialize(responseJson, ResponseEnvelope.class);
        if (response.getResponse() != null) {
            assertNull(response.getResponse().getOutputSpeech());
            assertNull(response.getResponse().getCard());
            assertNull(response.getResponse().getReprompt());
        }
        List<Map<String, AttributeValue>> left = items();
        assertEquals(1, left.size(), "only the other user's record is left");
        assertEquals(UserKey.of("amzn1.ask.account.SOMEONEELSE").value(), left.get(0).get("userId").s());
    }

    @Test
    void noStoredItemHoldsTheRawAlexaUserId() {
        HandlerConversation conversation = new HandlerConversation(freshHandler(), ALEXA_USER_ID);
        conversation.launch();
        conversation.say("what should I do if he needs space");
        conversation.say("next");
        conversation.say("give me a self care idea");
        conversation.say("stop");

        List<Map<String, AttributeValue>> items = items();
        assertEquals(1, items.size());
        assertEquals(UserKey.of(ALEXA_USER_ID).value(), items.get(0).get("userId").s());
        for (Map<String, AttributeValue> item : items) {
            String everything = item.toString();
            assertFalse(everything.contains(ALEXA_USER_ID), everything);
            assertFalse(everything.contains("AGF7EXAMPLERAWUSERID4711"), everything);
            assertFalse(everything.contains("amzn1.ask.account"), everything);
        }
    }

    private NeedsSpaceStreamHandler freshHandler() {
        DynamoDbProgressStore store = new DynamoDbProgressStore(DYNALITE.client(), table, Clock.systemUTC());
        return new NeedsSpaceStreamHandler(SkillConfiguration.from(Map.of()), CATALOG, store);
    }

    private List<Map<String, AttributeValue>> items() {
        return client.scan(request -> request.tableName(table).consistentRead(true)).items();
    }

    private static String skillDisabledEvent(String userId) {
        return """
                {
                  "version": "1.0",
                  "context": {
                    "System": {
                      "application": {"applicationId": "amzn1.ask.skill.local-console"},
                      "user": {"userId": "%s"},
                      "apiEndpoint": "https://api.amazonalexa.com"
                    }
                  },
                  "request": {
                    "type": "AlexaSkillEvent.SkillDisabled",
                    "requestId": "amzn1.echo-api.request.skill-disabled-1",
                    "timestamp": "2030-03-01T10:00:00Z",
                    "eventCreationTime": "2030-03-01T10:00:00Z",
                    "eventPublishingTime": "2030-03-01T10:00:01Z",
                    "body": {"userInformation": {"consentLevel": "ACCOUNT"}}
                  }
                }
                """.formatted(userId);
    }
}
