package org.needsspace.reference;

import com.amazon.ask.SkillStreamHandler;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;

/**
 * The reference's Lambda handler: the SDK's own DynamoDB persistence adapter (AWS SDK v1) on the table named by
 * PROGRESS_TABLE_NAME, at AWS_ENDPOINT_URL_DYNAMODB when set (a local dynalite in the benchmark).
 */
public final class ReferenceStreamHandler extends SkillStreamHandler {

    public ReferenceStreamHandler() {
        super(ReferenceSkill.builder(System.getenv("SKILL_ID"))
                .withTableName(System.getenv("PROGRESS_TABLE_NAME"))
                .withAutoCreateTable(false)
                .withDynamoDbClient(dynamoDb())
                .build());
    }

    private static AmazonDynamoDB dynamoDb() {
        String endpoint = System.getenv("AWS_ENDPOINT_URL_DYNAMODB");
        AmazonDynamoDBClientBuilder builder = AmazonDynamoDBClientBuilder.standard();
        if (endpoint != null && !endpoint.isBlank()) {
            builder.withEndpointConfiguration(new EndpointConfiguration(endpoint, System.getenv("AWS_REGION")));
        }
        return builder.build();
    }
}
