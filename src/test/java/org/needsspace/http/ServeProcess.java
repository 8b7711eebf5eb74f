package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged jar's serve mode in a child JVM on a free loopback port, with what it printed kept. */
final class ServeProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on https?://127\\.0\\.0\\.1:(\\d+)/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final int port;
    private Thread reader;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServeProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param jvmOptions  -D options for the child JVM (before -jar)
     * @param serveOptions options after {@code serve --port 0 --no-signature-check}
     */
    static ServeProcess start(List<String> jvmOptions, String... serveOptions) throws IOException {
        return start(inherited -> { }, jvmOptions, serveOptions);
    }

    /** As above, with {@code environment} added to the child's. */
    static ServeProcess start(Map<String, String> environment, List<String> jvmOptions, String... serveOptions)
            throws IOException {
        return start(inherited -> inherited.putAll(environment), jvmOptions, serveOptions);
    }

    /** As {@link #start}, with exactly {@code environment} for the child: nothing of this JVM's own is passed on. */
    static ServeProcess startWithOnly(Map<String, String> environment, String... serveOptions) throws IOException {
        return start(only(environment), List.of(), serveOptions);
    }

    /** A serve mode that stopped by itself before it listened. */
    record Stopped(int exitCode, String output) {
    }

    /** Runs serve mode as {@link #startWithOnly} does, expecting it to stop before it listens. */
    static Stopped runExpectingStop(Map<String, String> environment, String... serveOptions)
            throws IOException, InterruptedException {
        Process process = launch(only(environment), List.of(), serveOptions);
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (LISTENING.matcher(line).find()) {
                    process.destroyForcibly();
                    throw new AssertionError("serve mode started instead of stopping:\n" + output);
                }
            }
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("serve mode closed its output but did not exit:\n" + output);
        }
        return new Stopped(process.exitValue(), output.toString());
    }

    private static Consumer<Map<String, String>> only(Map<String, String> environment) {
        return inherited -> {
            inherited.clear();
            inherited.putAll(environment);
        };
    }

    private static ServeProcess start(Consumer<Map<String, String>> environment, List<String> jvmOptions,
            String... serveOptions) throws IOException {
        Process process = launch(environment, jvmOptions, serveOptions);
        StringBuffer output = new StringBuffer();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            output.append(line).append('\n');
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                ServeProcess serve = new ServeProcess(process, Integer.parseInt(matcher.group(1)));
                serve.output.append(output);
                serve.keepReading(lines);
                return serve;
            }
        }
        throw new AssertionError("serve mode did not start:\n" + output);
    }

    private static Process launch(Consumer<Map<String, String>> environment, List<String> jvmOptions,
            String... serveOptions) throws IOException {
        Path jar = Path.of("target/needs-space-skill.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "package the jar first: " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--port", "0", "--no-signature-check"));
        command.addAll(List.of(serveOptions));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment.accept(builder.environment());
        return builder.start();
    }

    private void keepReading(BufferedReader lines) {
        reader = new Thread(() -> {
            try {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.append(line).append('\n');
                }
            } catch (IOException stopped) {
                // the process ended
            }
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
    }

    int port() {
        return port;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> post(byte[] body, Duration timeout) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri("/")).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode health() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/health"))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    /** Asks /health until {@code condition} holds (at most 30 s); the server's own count, no guessing by time. */
    JsonNode awaitHealth(Predicate<JsonNode> condition, String what) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonNode health = health();
        while (!condition.test(health)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("serve mode never reported " + what + "; last: " + health);
            }
            Thread.onSpinWait();
            health = health();
        }
        return health;
    }

    /**
     * Sends SIGTERM, as systemd, Docker or Kubernetes do. Through the process handle: {@code Process.destroy()}
     * also closes this side's end of the child's output, and what it prints while stopping would be lost.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("serve mode did not exit within " + limit + ":\n" + output);
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    String output() {
        return output.toString();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
