package org.needsspace.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A client on a plain socket that can send part of a request and stop, as a slow or hostile client does. */
final class RawConnection implements AutoCloseable {

    record Answer(int status, Map<String, String> headers, String body) {
    }

    private final Socket socket;

    private RawConnection(Socket socket) {
        this.socket = socket;
    }

    static RawConnection open(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(30_000);
        return new RawConnection(socket);
    }

    /** The head of a POST / with this body's length, and the first {@code bodyBytes} bytes of the body. */
    static byte[] startOfPost(byte[] body, int bodyBytes) {
        byte[] head = ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] start = Arrays.copyOf(head, head.length + bodyBytes);
        System.arraycopy(body, 0, start, head.length, bodyBytes);
        return start;
    }

    void send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** Reads one answer with a Content-Length body. */
    Answer read() throws IOException {
        InputStream in = socket.getInputStream();
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("connection closed before an answer");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String line;
        while ((line = line(in)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    /** Everything the server sends until it closes the connection (a reset ends it too), as ISO-8859-1 text. */
    String readUntilClosed() throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            socket.getInputStream().transferTo(received);
        } catch (java.net.SocketException reset) {
            // what came before the reset is kept
        }
        return received.toString(StandardCharsets.ISO_8859_1);
    }

    /** True when the server closed the connection (end of stream or reset) before the socket timeout. */
    boolean closedByServer() {
        try {
            return socket.getInputStream().read() == -1;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String line = bytes.toString(StandardCharsets.US_ASCII);
                return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            }
            bytes.write(b);
        }
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
