package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.lambda.HandlerConversation;
import org.needsspace.progress.dynamodb.Dynalite;

/**
 * Two serve-mode processes of the packaged jar sharing one DynamoDB table on dynalite, as two instances behind a
 * load balancer would: a user's turns may reach either, and each turn reads what the other last wrote.
 */
class ServeModeOnOneDynamoDbTableIT {

    @RegisterExtension
    static final Dynalite DYNALITE = Dynalite.inMemory();

    private static final String TABLE = "shared-progress";
    private static final String WHERE_THEY_LEFT = "step three, Focus on yourself: Pursuing interests";

    /** Where the AWS profile files are said to be: nothing of the developer's own configuration is read. */
    @TempDir
    static Path noAwsFiles;

    private static ServeProcess first;
    private static ServeProcess second;

    @BeforeAll
    static void twoInstancesOnOneTable() throws IOException {
        DYNALITE.createTable(TABLE);
        first = ServeProcess.startWithOnly(awsConfiguration(), "--dynamodb-table", TABLE);
        second = ServeProcess.startWithOnly(awsConfiguration(), "--dynamodb-table", TABLE);
    }

    /** The standard AWS variables, pointing at dynalite; the profile files named do not exist. */
    private static Map<String, String> awsConfiguration() {
        return Map.of(
                "AWS_ENDPOINT_URL_DYNAMODB", DYNALITE.endpoint().toString(),
                "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "x",
                "AWS_SECRET_ACCESS_KEY", "x",
                "AWS_CONFIG_FILE", noAwsFiles.resolve("config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", noAwsFiles.resolve("credentials").toString());
    }

    @AfterAll
    static void stopBoth() throws InterruptedException {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void eachInstanceSaysAtStartUpThatProgressIsKeptInTheTable() {
        assertTrue(first.output().contains("(progress is kept in the DynamoDB table " + TABLE + ")"), first.output());
        assertTrue(second.output().contains("(progress is kept in the DynamoDB table " + TABLE + ")"), second.output());
    }

    @Test
    void aUserWhoMovedOnInTheGuideOnOneInstanceResumesThereOnTheOther() {
        String user = "amzn1.ask.account.MOVEDONONFIRST";
        walkToWhereTheyLeft(on(first, user));

        HandlerConversation onSecond = on(second, user);
        String welcome = onSecond.launch();

        assertTrue(welcome.contains("Last time you were on " + WHERE_THEY_LEFT), welcome);
        String resumed = onSecond.say("yes");
        assertTrue(resumed.startsWith("Step three, Focus on yourself: Pursuing interests"), resumed);
    }

    @Test
    void progressWrittenOnOneInstanceIsReadByTheOtherWhenTheUserNextComesToIt() {
        String user = "amzn1.ask.account.SEENONSECONDFIRST";
        HandlerConversation onSecond = on(second, user);
        assertFalse(onSecond.launch().contains("Last time"), "a new user on the second instance");
        onSecond.say("stop");

        walkToWhereTheyLeft(on(first, user));
        String welcome = onSecond.launch();

        assertTrue(welcome.contains("Last time you were on " + WHERE_THEY_LEFT), welcome);
    }

    @Test
    void forgetMeOnOneInstanceIsSeenByTheOther() {
        String user = "amzn1.ask.account.FORGOTTENONSECOND";
        walkToWhereTheyLeft(on(first, user));
        HandlerConversation onSecond = on(second, user);
        onSecond.launch();
        onSecond.say("forget me");
        String deleted = onSecond.say("yes");
        assertTrue(deleted.contains("deleted your progress"), deleted);
        onSecond.say("stop");

        String welcome = on(first, user).launch();

        assertTrue(welcome.startsWith("Welcome to Partner Space Coach."), "starts afresh: " + welcome);
    }

    @Test
    void aSkillDisabledOnOneInstanceIsSeenByTheOther() throws IOException {
        String user = "amzn1.ask.account.DISABLEDONSECOND";
        walkToWhereTheyLeft(on(first, user));

        on(second, user).sendRaw(skillDisabledBy(user));
        String welcome = on(first, user).launch();

        assertTrue(welcome.startsWith("Welcome to Partner Space Coach."), "starts afresh: " + welcome);
    }

    @Test
    void aTableThatDoesNotExistStopsServeModeAtStartNamingIt() throws Exception {
        ServeProcess.Stopped stopped = ServeProcess.runExpectingStop(awsConfiguration(),
                "--dynamodb-table", "never-created");

        assertEquals(1, stopped.exitCode(), stopped.output());
        assertTrue(stopped.output().contains("The command stopped: Cannot use the DynamoDB table never-created: "),
                stopped.output());
    }

    private static void walkToWhereTheyLeft(HandlerConversation conversation) {
        conversation.launch();
        conversation.say("go to step three");
        conversation.say("next");
        String where = conversation.say("where am I");
        assertTrue(where.contains("You're on " + WHERE_THEY_LEFT), where);
        conversation.say("stop");
    }

    private static HandlerConversation on(ServeProcess instance, String alexaUserId) {
        return new HandlerConversation(request -> post(instance, request), alexaUserId);
    }

    private static String post(ServeProcess instance, byte[] request) {
        try {
            HttpResponse<String> response = instance.post(request, Duration.ofSeconds(10));
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for serve mode", e);
        }
    }

    private static String skillDisabledBy(String alexaUserId) throws IOException {
        try (InputStream event = ServeModeOnOneDynamoDbTableIT.class
                .getResourceAsStream("/catalogue/skill-event-disabled.json")) {
            return new String(event.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("amzn1.ask.account.CATALOGUEUSER0001", alexaUserId)
                    .replace("amzn1.ask.skill.00000000-0000-4000-8000-00000000c0de",
                            LocalRequests.LOCAL_SKILL_ID);
        }
    }
}
