package org.needsspace.progress.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.needsspace.domain.Progress;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import org.needsspace.testing.MutableClock;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbProgressStoreIT {

    @RegisterExtension
    static final Dynalite DYNALITE = Dynalite.inMemory();

    private static final Instant T0 = Instant.parse("2030-03-01T10:00:00Z");
    private static final UserKey USER = UserKey.of("amzn1.ask.account.store-it");

    private final MutableClock clock = new MutableClock(T0);
    private DynamoDbClient client;
    private String table;
    private DynamoDbProgressStore store;

    @BeforeEach
    void openStore(TestInfo test) {
        table = DYNALITE.createTable("progress-" + test.getTestMethod().orElseThrow().getName());
        client = DYNALITE.client();
        store = new DynamoDbProgressStore(client, table, clock);
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void aUserNeverStoredLoadsAsEmpty() {
        assertEquals(Optional.empty(), store.load(USER));
    }

    @Test
    void whatIsSavedLoadsBackWithItsNewVersionAndTheOrderOfWhatWasHeard() {
        Progress progress = new Progress("active-listening", orderedSet("initiating-the-conversation", "active-listening"),
                orderedSet("walk", "breathe", "journal"), true, T0, T0.plusSeconds(5), 0);

        Progress saved = store.save(USER, progress);

        assertEquals(1, saved.version());
        assertEquals(Optional.of(saved), store.load(USER));
        assertEquals(List.of("walk", "breathe", "journal"), List.copyOf(store.load(USER).orElseThrow().heardPrompts()));
        Progress savedAgain = store.save(USER, saved.withHeardPrompts(orderedSet("walk")));
        assertEquals(2, savedAgain.version());
        assertEquals(Optional.of(savedAgain), store.load(USER));
    }

    @Test
    void twoDevicesWritingFromTheSameVersionLoseNothingAndTheNewerPlaceWins() {
        Progress base = store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));
        Progress kitchen = new Progress("s2", orderedSet("s1", "s2"), orderedSet("walk"), true,
                T0.plusSeconds(10), T0.plusSeconds(10), base.version());
        Progress bedroom = new Progress("s5", orderedSet("s1", "s5"), orderedSet("breathe"), true,
                T0.plusSeconds(20), T0.plusSeconds(20), base.version());

        store.save(USER, kitchen);
        Progress result = store.save(USER, bedroom);

        Progress stored = store.load(USER).orElseThrow();
        assertEquals(result, stored);
        assertEquals("s5", stored.sectionId());
        assertEquals(Set.of("s1", "s2", "s5"), stored.heardSections());
        assertEquals(Set.of("walk", "breathe"), stored.heardPrompts());
        assertEquals(base.version() + 2, stored.version());
    }

    @Test
    void anOlderPlaceWrittenLateDoesNotMoveTheUserBack() {
        Progress base = store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));
        store.save(USER, new Progress("s6", orderedSet("s1", "s6"), Set.of(), true, T0, T0.plusSeconds(30), base.version()));

        store.save(USER, new Progress("s2", orderedSet("s1", "s2"), Set.of(), true, T0, T0.plusSeconds(10), base.version()));

        Progress stored = store.load(USER).orElseThrow();
        assertEquals("s6", stored.sectionId());
        assertEquals(Set.of("s1", "s2", "s6"), stored.heardSections());
    }

    @Test
    void aNewRecordWrittenOnTwoDevicesAtOnceIsMergedToo() {
        store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));

        Progress second = store.save(USER, new Progress("s3", orderedSet("s3"), Set.of(), true, T0, T0.plusSeconds(1), 0));

        assertEquals(Set.of("s1", "s3"), second.heardSections());
        assertEquals(Optional.of(second), store.load(USER));
    }

    @Test
    void aSessionStillHoldingADeletedRecordDoesNotBringItBack() {
        Progress saved = store.save(USER, new Progress("s4", orderedSet("s1", "s4"), Set.of(), true, T0, T0, 0));
        store.delete(USER);

        Progress result = store.save(USER, new Progress("s5", orderedSet("s1", "s4", "s5"), Set.of(), true, T0, T0, saved.version()));

        assertEquals(Progress.newUser(), result);
        assertEquals(Optional.empty(), store.load(USER));
    }

    @Test
    void deleteRemovesTheRecordAndDeletingNothingIsNoError() {
        store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));

        store.delete(USER);
        store.delete(USER);

        assertEquals(Optional.empty(), store.load(USER));
    }

    @Test
    void everyWriteSetsExpiryFourHundredDaysAheadInEpochSeconds() {
        Progress saved = store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));
        assertEquals(T0.plus(Duration.ofDays(400)).getEpochSecond(), storedExpiry());

        clock.advance(Duration.ofDays(30));
        store.save(USER, new Progress("s2", orderedSet("s1", "s2"), Set.of(), true, clock.instant(), clock.instant(), saved.version()));

        assertEquals(T0.plus(Duration.ofDays(430)).getEpochSecond(), storedExpiry());
    }

    @Test
    void theItemIsKeyedByTheHashAndHoldsNoOtherUserIdentifier() {
        store.save(USER, new Progress("s1", orderedSet("s1"), Set.of(), true, T0, T0, 0));

        Map<String, AttributeValue> item = client.scan(request -> request.tableName(table)).items().get(0);

        assertEquals(USER.value(), item.get("userId").s());
        assertEquals(Set.of("userId", "version", "expiresAt", "sectionId", "heardSections", "heardPrompts", "visited",
                "lastVisit", "placeChangedAt"), item.keySet());
    }

    @Test
    void aServerThatIsGoneBecomesAProgressStoreExceptionWithinTheCallTimeout() {
        try (DynamoDbClient nowhere = DynamoDbClients.builder()
                .endpointOverride(java.net.URI.create("http://127.0.0.1:" + unusedPort()))
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider.create())
                .build()) {
            DynamoDbProgressStore unreachable = new DynamoDbProgressStore(nowhere, table, clock);
            long start = System.nanoTime();

            ProgressStoreException e = assertThrows(ProgressStoreException.class, () -> unreachable.load(USER));

            assertInstanceOf(SdkException.class, e.getCause());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(2500)) < 0);
            assertThrows(ProgressStoreException.class, () -> unreachable.save(USER, Progress.newUser()));
            assertThrows(ProgressStoreException.class, () -> unreachable.delete(USER));
        }
    }

    private long storedExpiry() {
        return Long.parseLong(client.scan(request -> request.tableName(table)).items().get(0).get("expiresAt").n());
    }

    private static Set<String> orderedSet(String... ids) {
        return new java.util.LinkedHashSet<>(List.of(ids));
    }

    private static int unusedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
