package org.needsspace.progress.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.needsspace.content.ContentCatalog;
import org.needsspace.lambda.HandlerConversation;
import org.needsspace.lambda.NeedsSpaceStreamHandler;
import org.needsspace.domain.Progress;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import org.needsspace.skill.SkillConfiguration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB throttles, fails, answers late or drops the connection (a fault-injecting proxy in front of dynalite,
 * the production client configuration talking to it over sockets): the user hears what they asked for within
 * Alexa's deadline, is told once that their place may not be saved, and the save is made once DynamoDB is back.
 */
class DynamoDbFaultsIT {

    @RegisterExtension
    static final Dynalite DYNALITE = Dynalite.inMemory();

    /** Alexa's deadline for a whole response. */
    private static final Duration ALEXA_DEADLINE = Duration.ofSeconds(8);
    private static final String NOTICE = "I may not be able to save your place";

    private static FaultyProxy proxy;
    private static ContentCatalog catalog;

    @BeforeAll
    static void proxyInFrontOfDynalite() throws Exception {
        proxy = new FaultyProxy(DYNALITE.endpoint());
        catalog = ContentCatalog.loadAll();
    }

    @AfterAll
    static void closeProxy() throws Exception {
        proxy.close();
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("ProvisionedThroughputExceededException", FaultyProxy.provisionedThroughputExceeded()),
                Arguments.of("ThrottlingException", FaultyProxy.throttling()),
                Arguments.of("500 InternalServerError", FaultyProxy.internalServerError()),
                Arguments.of("503 ServiceUnavailableException", FaultyProxy.serviceUnavailable()),
                Arguments.of("a response 5 s late", new FaultyProxy.Late(Duration.ofSeconds(5))),
                Arguments.of("connection reset", new FaultyProxy.Reset()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void theUserIsAnsweredInTimeAndTheSaveIsOwedUntilDynamoDbIsBack(String name, FaultyProxy.Fault fault) {
        String table = DYNALITE.createTable("faults-" + name.replaceAll("[^A-Za-z0-9]", ""));
        String user = "amzn1.ask.account.faults-" + table;
        try (DynamoDbClient client = clientThroughProxy()) {
            NeedsSpaceStreamHandler handler = handlerOn(client, table);
            HandlerConversation walk = new HandlerConversation(handler, user);
            walk.say("what should I do if he needs space");
            walk.say("next");
            Map<String, AttributeValue> before = storedItem(table, user);

            proxy.inject(fault);
            Timed save = timed(() -> walk.say("next"));
            Timed launch = timed(() -> new HandlerConversation(handler, user).launch());
            int faulted = proxy.faultedRequests();
            proxy.heal();

            System.out.printf("%s: a turn that saves answered in %d ms, a launch that reads in %d ms;"
                    + " %d requests met the fault%n", name, save.millis(), launch.millis(), faulted);
            assertTrue(save.answer().contains("Step two"), save.answer());
            assertTrue(save.answer().contains(NOTICE), save.answer());
            assertTrue(launch.answer().contains("Welcome"), launch.answer());
            assertTrue(save.millis() < ALEXA_DEADLINE.toMillis(), name + " took " + save.millis() + " ms");
            assertTrue(launch.millis() < ALEXA_DEADLINE.toMillis(), name + " took " + launch.millis() + " ms");
            assertTrue(faulted >= 2, "the fault was met, and retried: " + faulted);
            assertEquals(Boolean.TRUE, walk.sessionAttributes().get("unsaved"), "the save is owed");
            assertEquals(before, storedItem(table, user), "nothing was written during the fault");

            String afterHealing = walk.say("help");

            assertFalse(afterHealing.contains(NOTICE), afterHealing);
            assertFalse(walk.sessionAttributes().containsKey("unsaved"), "the owed save was made");
            assertEquals(sectionInSession(walk), storedItem(table, user).get("sectionId").s());
        }
    }

    @Test
    void aResponseSlowerThanUsualButWithinTheAttemptTimeoutIsWaitedForAndSaves() {
        String table = DYNALITE.createTable("faults-slow-but-fine");
        String user = "amzn1.ask.account.slow-but-fine";
        try (DynamoDbClient client = clientThroughProxy()) {
            NeedsSpaceStreamHandler handler = handlerOn(client, table);
            HandlerConversation walk = new HandlerConversation(handler, user);
            walk.say("what should I do if he needs space");

            proxy.inject(new FaultyProxy.Late(Duration.ofMillis(250)));
            String answer = walk.say("next");
            proxy.heal();

            assertFalse(answer.contains(NOTICE), answer);
            assertFalse(walk.sessionAttributes().containsKey("unsaved"));
            assertEquals(sectionInSession(walk), storedItem(table, user).get("sectionId").s());
        }
    }

    /**
     * The save's first write meets another device's write after a lost first attempt, and the merge's re-read and
     * re-write are slow: each call alone stays within its own 2 s, all three would take about 2.6 s.
     */
    private static FaultyProxy.Script conflictThenSlowMerge() {
        return new FaultyProxy.Script(List.of(
                new FaultyProxy.Stalled(), FaultyProxy.PASS,
                new FaultyProxy.Stalled(), new FaultyProxy.Late(Duration.ofMillis(400)),
                new FaultyProxy.Stalled()));
    }

    @Test
    void aSaveWhoseConflictMeetsASlowMergeGivesUpWithinOneCallsBudget() {
        String table = DYNALITE.createTable("faults-conflict-slow-merge");
        UserKey user = UserKey.of("amzn1.ask.account.conflict-slow-merge");
        try (DynamoDbClient client = clientThroughProxy(); DynamoDbClient direct = DYNALITE.client()) {
            DynamoDbProgressStore store = new DynamoDbProgressStore(client, table, Clock.systemUTC());
            Progress read = store.save(user, Progress.newUser().withVersion(0));
            Progress otherDevice = new DynamoDbProgressStore(direct, table, Clock.systemUTC())
                    .save(user, read.visitedAt(Instant.now()));
            Map<String, AttributeValue> before = storedItem(table, user);

            proxy.inject(conflictThenSlowMerge());
            long start = System.nanoTime();
            ProgressStoreException e = assertThrows(ProgressStoreException.class,
                    () -> store.save(user, read.visitedAt(Instant.now())));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            proxy.heal();

            System.out.printf("a save that met another device's write and a slow merge gave up after %d ms (%s)%n",
                    millis, e.getCause());
            assertTrue(millis < 4_000, "gave up after " + millis + " ms");
            assertEquals(otherDevice.version(), Long.parseLong(before.get("version").n()));
            assertEquals(before, storedItem(table, user), "the other device's record is untouched");
        }
    }

    @Test
    void aTurnWhoseSaveMeetsAnotherDevicesWriteAndASlowMergeIsAnsweredWithTheSaveOwed() {
        String table = DYNALITE.createTable("faults-conflict-turn");
        String user = "amzn1.ask.account.conflict-turn";
        try (DynamoDbClient client = clientThroughProxy()) {
            NeedsSpaceStreamHandler handler = handlerOn(client, table);
            HandlerConversation kitchen = new HandlerConversation(handler, user);
            kitchen.say("what should I do if he needs space");
            kitchen.say("next");
            String kitchensVersion = storedItem(table, user).get("version").n();
            HandlerConversation bedroom = new HandlerConversation(handler, user);
            bedroom.launch();
            bedroom.say("next");
            Map<String, AttributeValue> otherDevices = storedItem(table, user);
            assertNotEquals(kitchensVersion, otherDevices.get("version").n(), "the other device wrote");

            proxy.inject(conflictThenSlowMerge());
            Timed turn = timed(() -> kitchen.say("next"));
            proxy.heal();

            System.out.printf("a turn whose save met another device's write and a slow merge answered in %d ms%n",
                    turn.millis());
            assertTrue(turn.answer().contains("Step two"), turn.answer());
            assertTrue(turn.answer().contains(NOTICE), turn.answer());
            assertTrue(turn.millis() < 4_000, "answered after " + turn.millis() + " ms");
            assertEquals(Boolean.TRUE, kitchen.sessionAttributes().get("unsaved"), "the save is owed");
            assertEquals(otherDevices, storedItem(table, user), "nothing was written during the fault");

            String afterHealing = kitchen.say("help");

            assertFalse(afterHealing.contains(NOTICE), afterHealing);
            assertFalse(kitchen.sessionAttributes().containsKey("unsaved"), "the owed save was made");
            assertEquals(Long.parseLong(otherDevices.get("version").n()) + 1,
                    Long.parseLong(storedItem(table, user).get("version").n()), "merged onto the other device's");
        }
    }

    private record Timed(String answer, long millis) {
    }

    private static Timed timed(java.util.function.Supplier<String> turn) {
        long start = System.nanoTime();
        String answer = turn.get();
        return new Timed(answer, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /** The Lambda handler with the production store on {@code client}, as a container would build it. */
    private static NeedsSpaceStreamHandler handlerOn(DynamoDbClient client, String table) {
        return new NeedsSpaceStreamHandler(SkillConfiguration.from(Map.of()), catalog,
                new DynamoDbProgressStore(client, table, Clock.systemUTC()));
    }

    /** The production client configuration (timeouts, retries), pointed at the proxy. */
    private static DynamoDbClient clientThroughProxy() {
        return DynamoDbClients.builder()
                .endpointOverride(proxy.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .build();
    }

    private static Map<String, AttributeValue> storedItem(String table, String alexaUserId) {
        return storedItem(table, UserKey.of(alexaUserId));
    }

    private static Map<String, AttributeValue> storedItem(String table, UserKey user) {
        try (DynamoDbClient client = DYNALITE.client()) {
            return client.getItem(request -> request.tableName(table).consistentRead(true)
                    .key(Map.of("userId", AttributeValue.fromS(user.value())))).item();
        }
    }

    @SuppressWarnings("unchecked")
    private static String sectionInSession(HandlerConversation conversation) {
        return (String) ((Map<String, Object>) conversation.sessionAttributes().get("progress")).get("sectionId");
    }
}
