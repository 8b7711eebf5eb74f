package org.needsspace.progress.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * The progress table's schema. Declared attribute by attribute ({@link StaticTableSchema}) rather than read from
 * bean annotations: {@code TableSchema.fromBean} spends a cold start's time on reflection and lambda
 * generation. The attributes, their types and default converters (an {@link Instant} as an ISO-8601 string, lists of
 * strings as lists) are the ones the bean schema produced, so stored records read the same.
 */
public final class ProgressTable {

    /** The partition key: the hashed user id. */
    static final String KEY = "userId";
    /** The version the store's save writes conditionally. */
    static final String VERSION = "version";
    private static final EnhancedType<List<String>> IDS = EnhancedType.listOf(String.class);

    static final TableSchema<ProgressItem> SCHEMA = StaticTableSchema.builder(ProgressItem.class)
            .newItemSupplier(ProgressItem::new)
            .addAttribute(String.class, a -> a.name(KEY)
                    .getter(ProgressItem::getUserId).setter(ProgressItem::setUserId)
                    .tags(StaticAttributeTags.primaryPartitionKey()))
            // Optimistic locking: the store's save writes it conditionally (tagged for the enhanced client too).
            .addAttribute(Long.class, a -> a.name(VERSION)
                    .getter(ProgressItem::getVersion).setter(ProgressItem::setVersion)
                    .tags(VersionedRecordExtension.AttributeTags.versionAttribute()))
            .addAttribute(Long.class, a -> a.name("expiresAt")
                    .getter(ProgressItem::getExpiresAt).setter(ProgressItem::setExpiresAt))
            .addAttribute(String.class, a -> a.name("sectionId")
                    .getter(ProgressItem::getSectionId).setter(ProgressItem::setSectionId))
            .addAttribute(IDS, a -> a.name("heardSections")
                    .getter(ProgressItem::getHeardSections).setter(ProgressItem::setHeardSections))
            .addAttribute(IDS, a -> a.name("heardPrompts")
                    .getter(ProgressItem::getHeardPrompts).setter(ProgressItem::setHeardPrompts))
            .addAttribute(Boolean.class, a -> a.name("visited")
                    .getter(ProgressItem::getVisited).setter(ProgressItem::setVisited))
            .addAttribute(Instant.class, a -> a.name("lastVisit")
                    .getter(ProgressItem::getLastVisit).setter(ProgressItem::setLastVisit))
            .addAttribute(Instant.class, a -> a.name("placeChangedAt")
                    .getter(ProgressItem::getPlaceChangedAt).setter(ProgressItem::setPlaceChangedAt))
            .addAttribute(String.class, a -> a.name("reminderId")
                    .getter(ProgressItem::getReminderId).setter(ProgressItem::setReminderId))
            // The local time of day as HH:mm, the user's own zone being read from Alexa each time it is needed.
            .addAttribute(String.class, a -> a.name("reminderTime")
                    .getter(ProgressItem::getReminderTime).setter(ProgressItem::setReminderTime))
            .addAttribute(Boolean.class, a -> a.name("reminderOfferDeclined")
                    .getter(ProgressItem::getReminderOfferDeclined).setter(ProgressItem::setReminderOfferDeclined))
            .addAttribute(Instant.class, a -> a.name("reminderChangedAt")
                    .getter(ProgressItem::getReminderChangedAt).setter(ProgressItem::setReminderChangedAt))
            .build();

    private ProgressTable() {
    }

    /** The item layout the adapter reads and writes (for checks that the deployed table matches it). */
    public static TableSchema<ProgressItem> schema() {
        return SCHEMA;
    }

    static DynamoDbTable<ProgressItem> open(DynamoDbEnhancedClient enhanced, String tableName) {
        return enhanced.table(tableName, SCHEMA);
    }

    /**
     * Creates the table from the same schema the store uses, for local servers and tests; production tables
     * come from the SAM template. An existing table is left as it is.
     *
     * @return false when the table already existed
     */
    public static boolean create(DynamoDbClient client, String tableName) {
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        try {
            // Without provisioned throughput the enhanced client creates an on-demand table.
            open(enhanced, tableName).createTable();
        } catch (ResourceInUseException alreadyThere) {
            return false;
        }
        client.waiter().waitUntilTableExists(request -> request.tableName(tableName),
                wait -> wait.backoffStrategyV2(BackoffStrategy.fixedDelay(Duration.ofMillis(200))).maxAttempts(50));
        return true;
    }
}
