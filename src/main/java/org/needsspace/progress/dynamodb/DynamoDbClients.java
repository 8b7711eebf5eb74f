package org.needsspace.progress.dynamodb;

import java.time.Duration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The DynamoDB client as the skill needs it: Alexa waits about 8 seconds for a whole response, so a call
 * may take 2 seconds at most, retries included. Region, credentials and an endpoint override
 * ({@code AWS_ENDPOINT_URL_DYNAMODB} / {@code AWS_ENDPOINT_URL}) come from the SDK's own default chains.
 */
public final class DynamoDbClients {

    static final Duration API_CALL_TIMEOUT = Duration.ofMillis(2000);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(700);
    /** Two attempts of 700 ms and one short backoff fit in the 2-second call timeout. */
    static final int MAX_ATTEMPTS = 2;
    static final Duration MAX_BACKOFF = Duration.ofMillis(200);

    private DynamoDbClients() {
    }

    /** A client configured from the environment, as in Lambda or the console. */
    public static DynamoDbClient fromEnvironment() {
        return builder().build();
    }

    /** The configured builder, for callers (tests) that add an endpoint, credentials or interceptors. */
    public static DynamoDbClientBuilder builder(ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(ATTEMPT_TIMEOUT)
                        .socketTimeout(ATTEMPT_TIMEOUT))
                .overrideConfiguration(overrides(interceptors));
    }

    static ClientOverrideConfiguration overrides(ExecutionInterceptor... interceptors) {
        StandardRetryStrategy retries = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(MAX_ATTEMPTS)
                .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(25), MAX_BACKOFF))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(50), MAX_BACKOFF))
                .build();
        ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder()
                .apiCallTimeout(API_CALL_TIMEOUT)
                .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                .retryStrategy(retries);
        for (ExecutionInterceptor interceptor : interceptors) {
            overrides.addExecutionInterceptor(interceptor);
        }
        return overrides.build();
    }
}
