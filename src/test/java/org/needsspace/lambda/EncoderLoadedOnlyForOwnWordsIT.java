package org.needsspace.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Slot;
import com.amazon.ask.util.JacksonSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.progress.dynamodb.Dynalite;

/**
 * What a fresh process loads for its first request, through the handler Lambda builds: a launch loads no class of
 * ONNX Runtime (nor its native library or the model), so the sentence encoder adds nothing to a cold launch; a turn in
 * the user's own words does load it, which shows the check can fail.
 */
class EncoderLoadedOnlyForOwnWordsIT {

    @RegisterExtension
    static final Dynalite DYNALITE = Dynalite.inMemory();
    private static final String ENCODER_RUNTIME = " ai.onnxruntime.";
    private static final LocalRequests REQUESTS =
            new LocalRequests("amzn1.ask.account.encoder-loading", LocalRequests.LOCAL_SKILL_ID);
    private static String table;

    @BeforeAll
    static void table() {
        table = DYNALITE.createTable("encoder-loading");
    }

    @Test
    void aLaunchLoadsNoClassOfOnnxRuntime(@TempDir Path folder) throws Exception {
        List<String> loaded = classesLoadedAnswering(REQUESTS.launch(LocalRequests.newSessionId()), folder);

        assertTrue(loaded.stream().anyMatch(line -> line.contains(" org.needsspace.lambda.NeedsSpaceStreamHandler ")),
                "the log lists the classes the handler loaded");
        assertEquals(List.of(), loaded.stream().filter(line -> line.contains(ENCODER_RUNTIME)).toList());
    }

    @Test
    void aTurnInTheUsersOwnWordsLoadsIt(@TempDir Path folder) throws Exception {
        Intent ownWords = Intent.builder().withName("FreeTextIntent").withSlots(Map.of("Text", Slot.builder()
                .withName("Text").withValue("i keep checking my phone to see if he texted").build())).build();

        List<String> loaded = classesLoadedAnswering(
                REQUESTS.intent(LocalRequests.newSessionId(), true, Map.of(), ownWords), folder);

        assertTrue(loaded.stream().anyMatch(line -> line.contains(" ai.onnxruntime.OrtSession ")), "ONNX Runtime loaded");
    }

    private static List<String> classesLoadedAnswering(RequestEnvelope request, Path folder)
            throws IOException, InterruptedException {
        Path log = folder.resolve("classes.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-Djava.io.tmpdir=" + folder,
                "-cp", System.getProperty("java.class.path"), InvokeFromStdin.class.getName())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_") || name.equals("PROGRESS_TABLE_NAME")
                || name.equals("SKILL_ID"));
        environment.putAll(Map.of("PROGRESS_TABLE_NAME", table, "AWS_ENDPOINT_URL_DYNAMODB",
                DYNALITE.endpoint().toString(), "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "x",
                "AWS_SECRET_ACCESS_KEY", "x"));
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(new JacksonSerializer().serialize(request).getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the request was answered");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("\"outputSpeech\""), output);
        return Files.readAllLines(log);
    }
}
