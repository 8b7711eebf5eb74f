package org.needsspace.progress.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Slot;
import com.amazon.ask.util.JacksonSerializer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.needsspace.alexa.requests.LocalRequests;

/**
 * A whole turn in a container that has just started, with DynamoDB answering nothing at all: the JVM starts, the
 * handler Lambda would build is made, the store is built, the load gives up within one call's budget, the save is
 * not attempted again in that turn, and the user is answered. The store's part is compared with the same cold turn
 * against a store that answers, measured in the same run, so the figure does not depend on how loaded the machine
 * is: with a cold start under three seconds, the whole turn stays within six.
 */
class ColdTurnIT {

    @RegisterExtension
    static final Dynalite DYNALITE = Dynalite.inMemory();

    /** One store call's budget ({@code DynamoDbClients.API_CALL_TIMEOUT}) and a second for the machine's noise. */
    private static final Duration STORE_SHARE_BUDGET = DynamoDbClients.API_CALL_TIMEOUT.plusSeconds(1);
    private static final String NOTICE = "I may not be able to save your place";
    private static final LocalRequests REQUESTS =
            new LocalRequests("amzn1.ask.account.cold-turn", LocalRequests.LOCAL_SKILL_ID);

    private static FaultyProxy stalling;
    private static String table;

    @BeforeAll
    static void tableBehindAProxyThatStallsEveryCall() throws IOException {
        table = DYNALITE.createTable("cold-turn");
        stalling = new FaultyProxy(DYNALITE.endpoint());
        stalling.inject(new FaultyProxy.Stalled());
    }

    @AfterAll
    static void closeProxy() throws Exception {
        stalling.close();
    }

    @Test
    void aLaunchInAFreshProcessWithTheStoreStalledCostsAtMostOneStoreCallMore() throws Exception {
        RequestEnvelope launch = REQUESTS.launch(LocalRequests.newSessionId());

        Run answering = invokeInFreshProcess(launch, DYNALITE.endpoint());
        Run stalled = invokeInFreshProcess(launch, stalling.endpoint());

        assertTheStoresShareIsWithinItsBudget("a launch", answering, stalled, "Welcome");
    }

    @Test
    void aStepAskedForInAFreshProcessWithTheStoreStalledCostsAtMostOneStoreCallMore() throws Exception {
        Intent goToStep = Intent.builder().withName("GoToStepIntent")
                .withSlots(Map.of("StepNumber", Slot.builder().withName("StepNumber").withValue("3").build()))
                .build();

        RequestEnvelope request = REQUESTS.intent(LocalRequests.newSessionId(), true, Map.of(), goToStep);

        Run answering = invokeInFreshProcess(request, DYNALITE.endpoint());
        Run stalled = invokeInFreshProcess(request, stalling.endpoint());

        assertTheStoresShareIsWithinItsBudget("step three asked for", answering, stalled, "tep three");
    }

    private static void assertTheStoresShareIsWithinItsBudget(String turn, Run answering, Run stalled,
                                                              String expected) {
        System.out.printf("%s in a fresh process: answered after %d ms with the store answering, %d ms with every"
                + " store call stalled%n", turn, answering.millis(), stalled.millis());
        assertEquals(0, answering.exitCode(), answering.output());
        assertTrue(answering.output().contains(expected), answering.output());
        assertFalse(answering.output().contains(NOTICE), answering.output());
        assertEquals(0, stalled.exitCode(), stalled.output());
        assertTrue(stalled.output().contains(expected), stalled.output());
        assertTrue(stalled.output().contains(NOTICE), "told the place may not be saved: " + stalled.output());
        assertTrue(stalling.faultedRequests() > 0, "the store's calls met the stall");
        long storesShare = stalled.millis() - answering.millis();
        assertTrue(storesShare < STORE_SHARE_BUDGET.toMillis(), "the stalled store cost " + storesShare + " ms");
    }

    private record Run(int exitCode, String output, long millis) {
    }

    private static Run invokeInFreshProcess(RequestEnvelope request, URI storeEndpoint)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.needsspace.lambda.InvokeFromStdin"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_") || name.equals("PROGRESS_TABLE_NAME")
                || name.equals("SKILL_ID"));
        environment.put("PROGRESS_TABLE_NAME", table);
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", storeEndpoint.toString());
        environment.put("AWS_REGION", "us-east-1");
        environment.put("AWS_ACCESS_KEY_ID", "x");
        environment.put("AWS_SECRET_ACCESS_KEY", "x");
        long start = System.nanoTime();
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(new JacksonSerializer().serialize(request).getBytes(StandardCharsets.UTF_8));
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the cold turn did not finish");
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8), millis);
    }
}
