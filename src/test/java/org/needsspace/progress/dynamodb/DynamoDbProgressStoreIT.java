package org.needsspace.progress.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.needsspace.domain.Progress;
import org.needsspace.progress.DurableProgressStoreContract;
import org.needsspace.progress.PendingDeletesContract;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import org.needsspace.testing.MutableClock;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The DynamoDB adapter against dynalite: the port's contract, and what only this adapter does. */
class DynamoDbProgressStoreIT extends DurableProgressStoreContract implements PendingDeletesContract {

    @RegisterExtension
    static final Dynalite DYNALITE = Dynalite.inMemory();

    private final MutableClock clock = new MutableClock(T0);
    private DynamoDbClient client;
    private String table;

    @Override
    protected ProgressStore openNewStore(String testName) {
        table = DYNALITE.createTable("progress-" + testName);
        client = DYNALITE.client();
        return new DynamoDbProgressStore(client, table, clock);
    }

    @Override
    protected ProgressStore reopen() {
        store.close();
        return new DynamoDbProgressStore(client, table, clock);
    }

    @AfterEach
    void closeClient() {
        client.close();
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

    private static int unusedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
