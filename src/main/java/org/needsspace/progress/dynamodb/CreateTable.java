package org.needsspace.progress.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Creates the progress table on a local DynamoDB-compatible server, from the schema the store uses:
 * {@code java -cp needs-space-skill.jar org.needsspace.progress.dynamodb.CreateTable [TABLE]}, with the table
 * name defaulting to {@code PROGRESS_TABLE_NAME} and the endpoint, region and credentials from the usual
 * AWS environment variables.
 */
public final class CreateTable {

    private CreateTable() {
    }

    public static void main(String[] args) {
        String tableName = args.length > 0 ? args[0] : System.getenv("PROGRESS_TABLE_NAME");
        if (tableName == null || tableName.isBlank()) {
            System.err.println("usage: CreateTable TABLE (or set PROGRESS_TABLE_NAME)");
            System.exit(2);
        }
        try (DynamoDbClient client = DynamoDbClients.forAdministration()) {
            boolean created = ProgressTable.create(client, tableName);
            System.out.println(created ? "Created table " + tableName : "Table " + tableName + " already exists");
        }
    }
}
