package org.needsspace.progress.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

class DynamoDbClientsTest {

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
}
