package org.needsspace.progress.dynamodb;

import java.time.Duration;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/** The progress table's schema, built once per class loader (bean introspection is slow on a cold start). */
public final class ProgressTable {

    static final TableSchema<ProgressItem> SCHEMA = TableSchema.fromBean(ProgressItem.class);

    private ProgressTable() {
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
