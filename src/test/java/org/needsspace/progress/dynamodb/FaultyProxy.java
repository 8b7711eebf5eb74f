package org.needsspace.progress.dynamodb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An HTTP proxy on a loopback port in front of a DynamoDB-compatible server, which does to every request what
 * its current {@link Fault} says: pass it on, answer DynamoDB's error for throttling or a server failure,
 * answer late, or reset the connection. The SDK client under test talks to it over real sockets.
 */
final class FaultyProxy implements AutoCloseable {

    /** What happens to each request while the fault is on. */
    sealed interface Fault permits Pass, ErrorAnswer, Late, Reset, Stalled, Script {
    }

    record Pass() implements Fault {
    }

    /** Answers without passing the request on, as DynamoDB answers an error: status, x-amzn-ErrorType, __type. */
    record ErrorAnswer(int status, String errorType, String typeNamespace, String message) implements Fault {

        byte[] body() {
            return ("{\"__type\":\"" + typeNamespace + "#" + errorType + "\",\"message\":\"" + message + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Passes the request on after {@code delay}: a slow service or network. */
    record Late(Duration delay) implements Fault {
    }

    /** Reads the request, then resets the connection (TCP RST) without answering. */
    record Reset() implements Fault {
    }

    /** Reads the request and never answers nor passes it on, until the client gives up and closes the connection. */
    record Stalled() implements Fault {
    }

    /** The n-th request since the script was injected gets the n-th fault; requests after the last one pass. */
    record Script(List<Fault> faults) implements Fault {

        Script {
            if (faults.stream().anyMatch(Script.class::isInstance)) {
                throw new IllegalArgumentException("a script of scripts");
            }
            faults = List.copyOf(faults);
        }

        Fault forRequest(int index) {
            return index < faults.size() ? faults.get(index) : PASS;
        }
    }

    static final Fault PASS = new Pass();

    static ErrorAnswer provisionedThroughputExceeded() {
        return new ErrorAnswer(400, "ProvisionedThroughputExceededException", "com.amazonaws.dynamodb.v20120810",
                "The level of configured provisioned throughput for the table was exceeded.");
    }

    static ErrorAnswer throttling() {
        return new ErrorAnswer(400, "ThrottlingException", "com.amazon.coral.availability",
                "Rate of requests exceeds the allowed throughput.");
    }

    static ErrorAnswer internalServerError() {
        return new ErrorAnswer(500, "InternalServerError", "com.amazonaws.dynamodb.v20120810",
                "Internal server error");
    }

    static ErrorAnswer serviceUnavailable() {
        return new ErrorAnswer(503, "ServiceUnavailableException", "com.amazon.coral.availability",
                "Service unavailable");
    }

    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "expect",
            "upgrade", "transfer-encoding");

    private final URI upstream;
    private final ServerSocket listener;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicReference<Fault> fault = new AtomicReference<>(PASS);
    private final AtomicInteger faulted = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    FaultyProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "faulty-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** From now on every request gets {@code fault}; counts start at zero. */
    void inject(Fault next) {
        faulted.set(0);
        requests.set(0);
        fault.set(next);
    }

    void heal() {
        inject(PASS);
    }

    /** Requests that met the fault since it was injected (a retry counts again). */
    int faultedRequests() {
        return faulted.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.add(socket);
                Thread serving = new Thread(() -> serve(socket), "faulty-proxy-connection");
                serving.setDaemon(true);
                serving.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            Request request;
            while ((request = Request.read(in)) != null) {
                Fault current = fault.get();
                int index = requests.getAndIncrement();
                if (current instanceof Script script) {
                    current = script.forRequest(index);
                }
                if (!(current instanceof Pass)) {
                    faulted.incrementAndGet();
                }
                if (current instanceof Reset) {
                    socket.setSoLinger(true, 0);
                    return;
                }
                if (current instanceof Stalled) {
                    while (in.read() != -1) {
                        // the client sends nothing more on a connection it waits on; it closes it on giving up
                    }
                    return;
                }
                if (current instanceof ErrorAnswer error) {
                    write(out, error.status(), Map.of("x-amzn-ErrorType", error.errorType() + ":",
                            "Content-Type", "application/x-amz-json-1.0"), error.body());
                    continue;
                }
                if (current instanceof Late late) {
                    Thread.sleep(late.delay().toMillis());
                }
                forward(request, out);
            }
        } catch (IOException | InterruptedException closed) {
            // the client went away or the proxy closed
        } finally {
            connections.remove(socket);
        }
    }

    private void forward(Request request, OutputStream out) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(upstream.resolve(request.path()))
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, value) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                builder.header(name, value);
            }
        });
        HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                headers.put(name, values.get(0));
            }
        });
        write(out, response.statusCode(), headers, response.body());
    }

    private static void write(OutputStream out, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : connections) {
            socket.close();
        }
    }

    /** One HTTP/1.1 request as the SDK sends it (a Content-Length or chunked body). */
    private record Request(String method, String path, Map<String, String> headers, byte[] body) {

        static Request read(InputStream in) throws IOException {
            String requestLine = line(in);
            if (requestLine == null || requestLine.isEmpty()) {
                return null;
            }
            String[] parts = requestLine.split(" ");
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            String header;
            while ((header = line(in)) != null && !header.isEmpty()) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
            }
            byte[] body;
            String length = value(headers, "content-length");
            if (length != null) {
                body = in.readNBytes(Integer.parseInt(length));
            } else if ("chunked".equalsIgnoreCase(value(headers, "transfer-encoding"))) {
                body = chunked(in);
            } else {
                body = new byte[0];
            }
            return new Request(parts[0], parts[1], headers, body);
        }

        private static String value(Map<String, String> headers, String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        private static byte[] chunked(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int size;
            while ((size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) > 0) {
                body.write(in.readNBytes(size));
                line(in);
            }
            String trailer;
            while ((trailer = line(in)) != null && !trailer.isEmpty()) {
                // trailers are not used by the SDK
            }
            return body.toByteArray();
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    String line = bytes.toString(StandardCharsets.ISO_8859_1);
                    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                }
                bytes.write(b);
            }
            if (bytes.size() == 0) {
                return null;
            }
            throw new SocketException("connection closed mid-line");
        }
    }
}
