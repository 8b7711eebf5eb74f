package org.needsspace.progress.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.needsspace.progress.sqlite.SqliteProgressStore;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;

class DynamoDbClientsTest {

    @Test
    void serveModesSqliteStoreSavesWithinTheSameBudgetAsADynamoDbCall() {
        assertEquals(DynamoDbClients.API_CALL_TIMEOUT, SqliteProgressStore.SAVE_BUDGET);
    }

    @Test
    void aCallTakesAtMostTwoSecondsRetriesIncludedAndEachAttemptAtMost700Milliseconds() {
        ClientOverrideConfiguration overrides = DynamoDbClients.overrides();

        assertEquals(Duration.ofSeconds(2), overrides.apiCallTimeout().orElseThrow());
        assertEquals(Duration.ofMillis(700), overrides.apiCallAttemptTimeout().orElseThrow());
        assertEquals(DynamoDbClients.MAX_ATTEMPTS, overrides.retryStrategy().orElseThrow().maxAttempts());
    }

    @Test
    void allRetryAttemptsWithTheirLongestBackoffsFitInTheCallTimeout() {
        Duration worstCase = DynamoDbClients.ATTEMPT_TIMEOUT.multipliedBy(DynamoDbClients.MAX_ATTEMPTS)
                .plus(DynamoDbClients.MAX_BACKOFF.multipliedBy(DynamoDbClients.MAX_ATTEMPTS - 1));

        assertTrue(worstCase.compareTo(DynamoDbClients.API_CALL_TIMEOUT) <= 0, worstCase.toString());
    }

    @Test
    void interceptorsGivenByACallerAreAdded() {
        ExecutionInterceptor counter = new CallCounter();

        assertEquals(List.of(counter), DynamoDbClients.overrides(counter).executionInterceptors());
    }

    @Test
    void onLambdaTheRegionAndTheCredentialsComeStraightFromTheEnvironmentVariables() {
        Map<String, String> lambda = Map.of("AWS_REGION", "eu-west-1", "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "secret", "AWS_SESSION_TOKEN", "token");

        try (DynamoDbClient client = DynamoDbClients.fromEnvironment(DynamoDbClients.builder(), lambda).build()) {
            DynamoDbServiceClientConfiguration configuration = client.serviceClientConfiguration();
            assertEquals(Region.EU_WEST_1, configuration.region());
            assertTrue(configuration.credentialsProvider() instanceof EnvironmentVariableCredentialsProvider,
                    String.valueOf(configuration.credentialsProvider()));
        }
    }

    @Test
    void withoutAccessKeyVariablesTheCredentialsAreLeftToTheDefaultChainAsSnapStartNeeds() {
        // A SnapStart function gets container credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI), no access key.
        Map<String, String> snapStart = Map.of("AWS_REGION", "eu-west-1");

        try (DynamoDbClient client = DynamoDbClients.fromEnvironment(DynamoDbClients.builder(), snapStart).build()) {
            assertFalse(client.serviceClientConfiguration().credentialsProvider()
                    instanceof EnvironmentVariableCredentialsProvider);
        }
    }

    @Test
    void aSnapStartFunctionLeavesTheCredentialsToTheDefaultChainEvenWithAccessKeyVariables() {
        Map<String, String> snapStart = Map.of("AWS_REGION", "eu-west-1", "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "secret", "AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");

        try (DynamoDbClient client = DynamoDbClients.fromEnvironment(DynamoDbClients.builder(), snapStart).build()) {
            assertFalse(client.serviceClientConfiguration().credentialsProvider()
                    instanceof EnvironmentVariableCredentialsProvider);
        }
    }
}
