package org.needsspace.progress.dynamodb;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A dynalite server (npm, installed by the build into {@code node.tools.dir}) on a free loopback port for
 * one test class. It can be stopped and started again on the same port; with {@link #keepingDataOnDisk()}
 * the data survives that.
 */
public final class Dynalite implements BeforeAllCallback, AfterAllCallback {

    private final boolean onDisk;
    private int port;
    private Path dataDirectory;
    private Process process;
    private Thread killOnExit;

    private Dynalite(boolean onDisk) {
        this.onDisk = onDisk;
    }

    public static Dynalite inMemory() {
        return new Dynalite(false);
    }

    public static Dynalite keepingDataOnDisk() {
        return new Dynalite(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        port = freePort();
        if (onDisk) {
            dataDirectory = Files.createTempDirectory("dynalite");
        }
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** A client as production builds it, pointed at this server, with dummy credentials. */
    public DynamoDbClient client(ExecutionInterceptor... interceptors) {
        return DynamoDbClients.builder(interceptors)
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .build();
    }

    /** A new table from the production schema; a name per test keeps tests apart. */
    public String createTable(String name) {
        try (DynamoDbClient client = client()) {
            ProgressTable.create(client, name);
        }
        return name;
    }

    public synchronized void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        String cli = nodeToolsDir().resolve("node_modules/dynalite/cli.js").toString();
        List<String> command = new ArrayList<>(List.of("node", cli, "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--createTableMs", "0", "--deleteTableMs", "0"));
        if (onDisk) {
            command.addAll(List.of("--path", dataDirectory.toString()));
        }
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File(System.getProperty("java.io.tmpdir"), "dynalite-" + port + ".log")))
                .start();
        Process started = process;
        killOnExit = new Thread(started::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killOnExit);
        waitUntilListening();
    }

    /** Kills the server at once, as an outage would. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run; nothing left to undo.
        }
        process = null;
    }

    private void waitUntilListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dynalite exited with " + process.exitValue()
                        + "; see " + System.getProperty("java.io.tmpdir") + "/dynalite-" + port + ".log");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        stop();
        throw new IllegalStateException("dynalite did not listen on port " + port + " within 15 s");
    }

    private static Path nodeToolsDir() {
        String dir = System.getProperty("node.tools.dir");
        if (dir == null) {
            throw new IllegalStateException("System property node.tools.dir is not set: run the ITs with mvn verify");
        }
        return Path.of(dir);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
