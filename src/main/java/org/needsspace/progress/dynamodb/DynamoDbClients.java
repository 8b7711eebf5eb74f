package org.needsspace.progress.dynamodb;

import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.awscore.endpoints.AccountIdEndpointMode;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The DynamoDB client as the skill needs it: Alexa waits about 8 seconds for a whole response, so a call
 * may take 2 seconds at most, retries included.
 *
 * <p>Built for a short cold start, as the SDK's guide for Lambda advises: the one HTTP client named (no
 * classpath discovery), the region from {@code AWS_REGION} and the credentials from the environment variables
 * when Lambda sets them, instead of walking the default provider chains; endpoint discovery and account-id
 * endpoints off (neither applies to one table in the function's own account). Where a variable is missing
 * (a SnapStart function gets container credentials instead of {@code AWS_ACCESS_KEY_ID}; a console run may
 * use a profile) the SDK's default chain still decides. An endpoint override ({@code AWS_ENDPOINT_URL_DYNAMODB}
 * / {@code AWS_ENDPOINT_URL}, for local servers) is still read by the SDK itself.
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
        return fromEnvironment(builder(), System.getenv()).build();
    }

    /**
     * A client for one-off administration such as creating the table: nobody is waiting on it, so it keeps the
     * SDK's own timeouts, and a slow first attempt is not retried into a "table already exists".
     */
    public static DynamoDbClient forAdministration() {
        return fromEnvironment(DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointDiscoveryEnabled(false)
                .accountIdEndpointMode(AccountIdEndpointMode.DISABLED), System.getenv()).build();
    }

    /** Sets on {@code builder} what {@code environment} names explicitly; the rest is left to the SDK's chains. */
    static DynamoDbClientBuilder fromEnvironment(DynamoDbClientBuilder builder, Map<String, String> environment) {
        String region = environment.get("AWS_REGION");
        if (region != null && !region.isBlank()) {
            builder.region(Region.of(region));
        }
        String accessKey = environment.get("AWS_ACCESS_KEY_ID");
        // A SnapStart snapshot must not hold a provider tied to variables a restored function may not have.
        boolean snapStart = "snap-start".equals(environment.get("AWS_LAMBDA_INITIALIZATION_TYPE"));
        if (accessKey != null && !accessKey.isBlank() && !snapStart) {
            builder.credentialsProvider(EnvironmentVariableCredentialsProvider.create());
        }
        return builder;
    }

    /** The configured builder, for callers (tests) that add an endpoint, credentials or interceptors. */
    public static DynamoDbClientBuilder builder(ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder()
                // A builder, not a built client: the named client is used (no classpath discovery) and the
                // SDK closes it with the DynamoDB client.
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(ATTEMPT_TIMEOUT)
                        .socketTimeout(ATTEMPT_TIMEOUT))
                .endpointDiscoveryEnabled(false)
                .accountIdEndpointMode(AccountIdEndpointMode.DISABLED)
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
