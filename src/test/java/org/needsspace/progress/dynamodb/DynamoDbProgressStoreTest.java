package org.needsspace.progress.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.needsspace.domain.Progress;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.UserKey;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.core.RequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import java.util.Map;

/** The store's error handling, with the low-level client as the only mock. */
class DynamoDbProgressStoreTest {

    private static final UserKey USER = UserKey.of("amzn1.ask.account.unit");
    private static final Instant NOW = Instant.parse("2030-03-01T10:00:00Z");

    private final DynamoDbClient client = mock(DynamoDbClient.class);
    private final DynamoDbProgressStore store = new DynamoDbProgressStore(client, "progress", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTimeoutBecomesAProgressStoreExceptionCarryingTheCause() {
        ApiCallTimeoutException timeout = ApiCallTimeoutException.create(2000);
        when(client.getItem(any(GetItemRequest.class))).thenThrow(timeout);

        ProgressStoreException e = assertThrows(ProgressStoreException.class, () -> store.load(USER));

        assertSame(timeout, e.getCause());
    }

    @Test
    void anUnreachableServerOnSaveOrDeleteBecomesAProgressStoreException() {
        when(client.putItem(any(PutItemRequest.class))).thenThrow(SdkClientException.create("connection refused"));
        when(client.deleteItem(any(DeleteItemRequest.class))).thenThrow(SdkClientException.create("connection refused"));

        assertInstanceOf(SdkClientException.class,
                assertThrows(ProgressStoreException.class, () -> store.save(USER, Progress.newUser())).getCause());
        assertInstanceOf(SdkClientException.class,
                assertThrows(ProgressStoreException.class, () -> store.delete(USER)).getCause());
    }

    @Test
    void aWriteThatLosesTheRaceTwiceIsReportedNotDropped() {
        Progress stored = new Progress("s2", Set.of("s2"), Set.of(), true, NOW, NOW, 4);
        when(client.putItem(any(PutItemRequest.class)))
                .thenThrow(ConditionalCheckFailedException.builder().message("first").build())
                .thenThrow(ConditionalCheckFailedException.builder().message("second").build());
        when(client.getItem(any(GetItemRequest.class))).thenReturn(GetItemResponse.builder()
                .item(ProgressTable.SCHEMA.itemToMap(ProgressItem.of(USER, stored, NOW), true)).build());

        ProgressStoreException e = assertThrows(ProgressStoreException.class,
                () -> store.save(USER, new Progress("s1", Set.of("s1"), Set.of(), true, NOW, NOW, 3)));

        assertInstanceOf(ConditionalCheckFailedException.class, e.getCause());
        verify(client, times(2)).putItem(any(PutItemRequest.class));
        verify(client, times(1)).getItem(any(GetItemRequest.class));
    }

    @Test
    void aWriteThatLosesTheRaceOnceIsMergedAndRetriedAgainstTheStoredVersion() {
        Progress stored = new Progress("s2", Set.of("s2"), Set.of(), true, NOW, NOW.plusSeconds(5), 4);
        when(client.putItem(any(PutItemRequest.class)))
                .thenThrow(ConditionalCheckFailedException.builder().message("first").build())
                .thenReturn(PutItemResponse.builder().build());
        when(client.getItem(any(GetItemRequest.class))).thenReturn(GetItemResponse.builder()
                .item(ProgressTable.SCHEMA.itemToMap(ProgressItem.of(USER, stored, NOW), true)).build());

        Progress saved = store.save(USER, new Progress("s1", Set.of("s1"), Set.of(), true, NOW, NOW, 3));

        assertEquals(new Progress("s2", Set.of("s1", "s2"), Set.of(), true, NOW, NOW.plusSeconds(5), 5), saved);
        ArgumentCaptor<PutItemRequest> puts = ArgumentCaptor.forClass(PutItemRequest.class);
        verify(client, times(2)).putItem(puts.capture());
        assertEquals("5", puts.getAllValues().get(1).item().get("version").n(), "the retry builds on stored version 4");
    }

    @Test
    void aStoredItemOfUnexpectedTypesIsAProgressStoreExceptionNotACrash() {
        when(client.getItem(any(GetItemRequest.class))).thenReturn(GetItemResponse.builder().item(Map.of(
                "userId", AttributeValue.fromS(USER.value()),
                "version", AttributeValue.fromS("three"),
                "lastVisit", AttributeValue.fromS("yesterday"))).build());

        assertThrows(ProgressStoreException.class, () -> store.load(USER));
    }

    @Test
    void theConflictsReReadAndReWriteGetOnlyWhatIsLeftOfTheSavesBudget() {
        AtomicLong nanos = new AtomicLong();
        DynamoDbProgressStore timed = new DynamoDbProgressStore(client, "progress", Clock.fixed(NOW, ZoneOffset.UTC),
                nanos::get);
        Progress stored = new Progress("s2", Set.of("s2"), Set.of(), true, NOW, NOW, 4);
        when(client.putItem(any(PutItemRequest.class))).thenAnswer(call -> {
            nanos.addAndGet(Duration.ofMillis(600).toNanos());
            throw ConditionalCheckFailedException.builder().message("first").build();
        }).thenReturn(PutItemResponse.builder().build());
        when(client.getItem(any(GetItemRequest.class))).thenAnswer(call -> {
            nanos.addAndGet(Duration.ofMillis(900).toNanos());
            return GetItemResponse.builder()
                    .item(ProgressTable.SCHEMA.itemToMap(ProgressItem.of(USER, stored, NOW), true)).build();
        });

        timed.save(USER, new Progress("s1", Set.of("s1"), Set.of(), true, NOW, NOW, 3));

        ArgumentCaptor<PutItemRequest> puts = ArgumentCaptor.forClass(PutItemRequest.class);
        verify(client, times(2)).putItem(puts.capture());
        ArgumentCaptor<GetItemRequest> get = ArgumentCaptor.forClass(GetItemRequest.class);
        verify(client).getItem(get.capture());
        assertEquals(Optional.of(Duration.ofSeconds(2)), callTimeout(puts.getAllValues().get(0)));
        assertEquals(Optional.of(Duration.ofMillis(1_400)), callTimeout(get.getValue()));
        assertEquals(Optional.of(Duration.ofMillis(500)), callTimeout(puts.getAllValues().get(1)));
    }

    @Test
    void noReReadOnceTheSavesBudgetIsSpent() {
        AtomicLong nanos = new AtomicLong();
        DynamoDbProgressStore timed = new DynamoDbProgressStore(client, "progress", Clock.fixed(NOW, ZoneOffset.UTC),
                nanos::get);
        ConditionalCheckFailedException conflict = ConditionalCheckFailedException.builder().message("late").build();
        when(client.putItem(any(PutItemRequest.class))).thenAnswer(call -> {
            nanos.addAndGet(Duration.ofMillis(2_000).toNanos());
            throw conflict;
        });

        ProgressStoreException e = assertThrows(ProgressStoreException.class,
                () -> timed.save(USER, new Progress("s1", Set.of("s1"), Set.of(), true, NOW, NOW, 3)));

        assertSame(conflict, e.getCause());
        verify(client, times(1)).putItem(any(PutItemRequest.class));
        verify(client, never()).getItem(any(GetItemRequest.class));
    }

    @Test
    void noReWriteOnceTheReReadSpentTheBudget() {
        AtomicLong nanos = new AtomicLong();
        DynamoDbProgressStore timed = new DynamoDbProgressStore(client, "progress", Clock.fixed(NOW, ZoneOffset.UTC),
                nanos::get);
        Progress stored = new Progress("s2", Set.of("s2"), Set.of(), true, NOW, NOW, 4);
        when(client.putItem(any(PutItemRequest.class)))
                .thenThrow(ConditionalCheckFailedException.builder().message("first").build());
        when(client.getItem(any(GetItemRequest.class))).thenAnswer(call -> {
            nanos.addAndGet(Duration.ofMillis(2_000).toNanos());
            return GetItemResponse.builder()
                    .item(ProgressTable.SCHEMA.itemToMap(ProgressItem.of(USER, stored, NOW), true)).build();
        });

        assertThrows(ProgressStoreException.class,
                () -> timed.save(USER, new Progress("s1", Set.of("s1"), Set.of(), true, NOW, NOW, 3)));

        verify(client, times(1)).putItem(any(PutItemRequest.class));
    }

    private static Optional<Duration> callTimeout(AwsRequest request) {
        return request.overrideConfiguration().flatMap(RequestOverrideConfiguration::apiCallTimeout);
    }
}
