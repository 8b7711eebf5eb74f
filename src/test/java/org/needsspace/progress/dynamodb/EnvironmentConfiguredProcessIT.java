package org.needsspace.progress.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.util.JacksonSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.progress.UserKey;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The same code configured only by the standard environment variables, as the jar is run by hand: each step
 * is a separate JVM with PROGRESS_TABLE_NAME, AWS_ENDPOINT_URL_DYNAMODB, AWS_REGION and dummy credentials.
 */
class EnvironmentConfiguredProcessIT {

    @RegisterExtension
    static final Dynalite DYNALITE = Dynalite.inMemory();

    private String table;

    @BeforeEach
    void tableForThisTest(TestInfo test) {
        table = "env-" + test.getTestMethod().orElseThrow().getName();
    }

    private record Run(int exitCode, String output) {
    }

    @Test
    void aConsoleWalkedToStepFourInOneProcessResumesThereInAFreshProcess() throws Exception {
        Run created = java("org.needsspace.progress.dynamodb.CreateTable");
        assertEquals(0, created.exitCode(), created.output());
        assertTrue(created.output().contains("Created table " + table), created.output());

        List<String> walk = new ArrayList<>(List.of("org.needsspace.cli.Main", "chat", "--user", "ann",
                "--say", "what should I do if he needs space"));
        for (int i = 0; i < 6; i++) {
            walk.addAll(List.of("--say", "next"));
        }
        walk.addAll(List.of("--say", "stop"));
        Run first = java(walk.toArray(String[]::new));
        assertEquals(0, first.exitCode(), first.output());
        assertTrue(first.output().contains("progress is kept in the DynamoDB table " + table), first.output());

        Run second = java("org.needsspace.cli.Main", "chat", "--user", "ann", "--say", "stop");

        assertEquals(0, second.exitCode(), second.output());
        assertTrue(second.output().contains("Last time you were on step four"), second.output());
    }

    @Test
    void theLambdaHandlerBuiltByLambdaKeepsProgressInTheTableNamedInItsEnvironment() throws Exception {
        java("org.needsspace.progress.dynamodb.CreateTable");
        String launch = new JacksonSerializer().serialize(
                new LocalRequests("amzn1.ask.account.lambda-env", LocalRequests.LOCAL_SKILL_ID).launch("session-1"));

        Run run = javaWithInput(launch, "org.needsspace.lambda.InvokeFromStdin");

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("outputSpeech"), run.output());
        try (DynamoDbClient client = DYNALITE.client()) {
            Map<String, AttributeValue> item = client.getItem(request -> request.tableName(table).consistentRead(true)
                    .key(Map.of("userId", AttributeValue.fromS(UserKey.of("amzn1.ask.account.lambda-env").value())))).item();
            assertTrue(item.containsKey("version"), "the first visit was stored: " + item);
        }
    }

    private Run java(String... mainAndArgs) throws IOException, InterruptedException {
        return javaWithInput("", mainAndArgs);
    }

    private Run javaWithInput(String input, String... mainAndArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(mainAndArgs));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_") || name.equals("PROGRESS_TABLE_NAME")
                || name.equals("SKILL_ID"));
        environment.put("PROGRESS_TABLE_NAME", table);
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", DYNALITE.endpoint().toString());
        environment.put("AWS_REGION", "us-east-1");
        environment.put("AWS_ACCESS_KEY_ID", "x");
        environment.put("AWS_SECRET_ACCESS_KEY", "x");
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("java " + String.join(" ", mainAndArgs) + " did not finish");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
