package org.needsspace.progress.dynamodb;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.needsspace.domain.Progress;
import org.needsspace.progress.ProgressStore;
import org.needsspace.progress.ProgressStoreException;
import org.needsspace.progress.Retention;
import org.needsspace.progress.UserKey;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Progress in a DynamoDB table, one item per user keyed by the hashed user id, with optimistic locking on a
 * version attribute. Build one per container: it holds the client.
 *
 * <p>A load and a save each take at most {@link DynamoDbClients#API_CALL_TIMEOUT}: a save that meets another
 * device's write reads and writes again within what is left of that time, or gives up.
 */
public final class DynamoDbProgressStore implements ProgressStore {

    /**
     * The one item that lists the users whose delete is owed; its key is no user's (a user key is a 64-character
     * hash), and it carries no expiry.
     */
    static final String PENDING_DELETES_KEY = "pending-deletes";
    private static final String PENDING_USERS = "userIds";

    private final DynamoDbClient client;
    private final DynamoDbTable<ProgressItem> table;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Optional<DynamoDbClient> ownClient;

    /** A store on the caller's client, which the caller closes. */
    public DynamoDbProgressStore(DynamoDbClient client, String tableName, Clock clock) {
        this(client, tableName, clock, System::nanoTime, Optional.empty());
    }

    /** As above, timing its budget for a save on {@code nanoTime}. */
    DynamoDbProgressStore(DynamoDbClient client, String tableName, Clock clock, LongSupplier nanoTime) {
        this(client, tableName, clock, nanoTime, Optional.empty());
    }

    private DynamoDbProgressStore(DynamoDbClient client, String tableName, Clock clock, LongSupplier nanoTime,
            Optional<DynamoDbClient> ownClient) {
        this.client = client;
        this.table = ProgressTable.open(DynamoDbEnhancedClient.builder().dynamoDbClient(client).build(), tableName);
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.ownClient = ownClient;
    }

    /**
     * The store on a client of its own, configured from the environment (region, credentials, endpoint
     * override); {@link #close} closes that client.
     */
    public static DynamoDbProgressStore forTable(String tableName) {
        DynamoDbClient client = DynamoDbClients.fromEnvironment();
        return new DynamoDbProgressStore(client, tableName, Clock.systemUTC(), System::nanoTime, Optional.of(client));
    }

    @Override
    public void close() {
        ownClient.ifPresent(DynamoDbClient::close);
    }

    public String tableName() {
        return table.tableName();
    }

    @Override
    public Optional<Progress> load(UserKey user) {
        return read(user, DynamoDbClients.API_CALL_TIMEOUT);
    }

    @Override
    public Progress save(UserKey user, Progress progress) {
        CallBudget budget = CallBudget.startingNow(DynamoDbClients.API_CALL_TIMEOUT, nanoTime);
        try {
            return write(user, progress, DynamoDbClients.API_CALL_TIMEOUT);
        } catch (ConditionalCheckFailedException firstConflict) {
            return saveAfterConflict(user, progress, firstConflict, budget);
        } catch (SdkException e) {
            throw new ProgressStoreException("Cannot save progress", e);
        }
    }

    /**
     * Deletes unconditionally: the user asked for everything to go, so a write from another device since this
     * session read the record must go too. A late AlexaSkillEvent.SkillDisabled cannot hit a newer record,
     * because Alexa gives a user a new user id when they enable the skill again.
     */
    @Override
    public void delete(UserKey user) {
        try {
            table.deleteItem(key(user.value()));
        } catch (SdkException e) {
            throw new ProgressStoreException("Cannot delete progress", e);
        }
    }

    @Override
    public void deleteLater(UserKey user) {
        try {
            client.updateItem(request -> request.tableName(table.tableName()).key(pendingDeletesKey())
                    .updateExpression("ADD " + PENDING_USERS + " :user")
                    .expressionAttributeValues(Map.of(":user", AttributeValue.fromSs(List.of(user.value())))));
        } catch (SdkException e) {
            throw new ProgressStoreException("Cannot remember a pending delete", e);
        }
    }

    /** Each owed delete is taken off the list only once it is done, so one that fails again stays owed. */
    @Override
    public int retryPendingDeletes() {
        try {
            Map<String, AttributeValue> item = client.getItem(request -> request.tableName(table.tableName())
                    .key(pendingDeletesKey()).consistentRead(true)).item();
            AttributeValue users = item == null ? null : item.get(PENDING_USERS);
            if (users == null || !users.hasSs()) {
                return 0;
            }
            for (String user : users.ss()) {
                table.deleteItem(key(user));
            }
            client.updateItem(request -> request.tableName(table.tableName()).key(pendingDeletesKey())
                    .updateExpression("DELETE " + PENDING_USERS + " :done")
                    .expressionAttributeValues(Map.of(":done", AttributeValue.fromSs(users.ss()))));
            return users.ss().size();
        } catch (SdkException e) {
            throw new ProgressStoreException("Cannot carry out the pending deletes", e);
        }
    }

    private static Map<String, AttributeValue> pendingDeletesKey() {
        return itemKey(PENDING_DELETES_KEY);
    }

    /**
     * Another device wrote since {@code progress} was read: merge with what is stored and try once more, within
     * what is left of the save's budget.
     */
    private Progress saveAfterConflict(UserKey user, Progress progress, ConditionalCheckFailedException conflict,
            CallBudget budget) {
        Optional<Progress> stored = read(user, remainingOrGiveUp(budget, conflict));
        if (stored.isEmpty() && progress.version() > 0) {
            // Deleted (forget me, skill disabled) since this session read it: don't bring the old record back.
            return Progress.newUser();
        }
        Progress merged = stored.map(progress::mergedWith).orElse(progress.withVersion(0));
        try {
            return write(user, merged, remainingOrGiveUp(budget, conflict));
        } catch (ConditionalCheckFailedException secondConflict) {
            secondConflict.addSuppressed(conflict);
            throw new ProgressStoreException("Progress changed again while merging; not saved", secondConflict);
        } catch (SdkException e) {
            throw new ProgressStoreException("Cannot save merged progress", e);
        }
    }

    private static Duration remainingOrGiveUp(CallBudget budget, ConditionalCheckFailedException conflict) {
        return budget.remaining().orElseThrow(() -> new ProgressStoreException(
                "Progress changed on another device and no time is left to merge; not saved", conflict));
    }

    /**
     * Writes version + 1 on the condition that the stored version is this one (none stored for version 0), as the
     * enhanced client's version extension does; the low-level request is what carries a timeout of its own.
     */
    private Progress write(UserKey user, Progress progress, Duration timeout) {
        ProgressItem item = ProgressItem.of(user, progress, clock.instant().plus(Retention.AFTER_LAST_WRITE));
        item.setVersion(progress.version() + 1);
        PutItemRequest.Builder put = PutItemRequest.builder().tableName(table.tableName())
                .item(ProgressTable.SCHEMA.itemToMap(item, true))
                .expressionAttributeNames(Map.of("#version", ProgressTable.VERSION))
                .overrideConfiguration(call -> call.apiCallTimeout(timeout));
        if (progress.version() == 0) {
            put.conditionExpression("attribute_not_exists(#version)");
        } else {
            put.conditionExpression("#version = :read").expressionAttributeValues(
                    Map.of(":read", AttributeValue.fromN(Long.toString(progress.version()))));
        }
        client.putItem(put.build());
        return progress.withVersion(progress.version() + 1);
    }

    private Optional<Progress> read(UserKey user, Duration timeout) {
        try {
            GetItemResponse response = client.getItem(GetItemRequest.builder().tableName(table.tableName())
                    .key(itemKey(user.value())).consistentRead(true)
                    .overrideConfiguration(call -> call.apiCallTimeout(timeout)).build());
            return response.hasItem() && !response.item().isEmpty()
                    ? Optional.of(ProgressTable.SCHEMA.mapToItem(response.item()).toProgress())
                    : Optional.empty();
        } catch (SdkException e) {
            throw new ProgressStoreException("Cannot load progress", e);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new ProgressStoreException("Stored progress is unreadable", e);
        }
    }

    private static Key key(String userKey) {
        return Key.builder().partitionValue(userKey).build();
    }

    private static Map<String, AttributeValue> itemKey(String userKey) {
        return Map.of(ProgressTable.KEY, AttributeValue.fromS(userKey));
    }
}
