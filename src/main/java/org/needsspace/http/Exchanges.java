package org.needsspace.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing answers on an {@link HttpExchange}. */
final class Exchanges {

    private static final String JSON = "application/json;charset=UTF-8";

    private Exchanges() {
    }

    static void sendJson(HttpExchange exchange, int status, byte[] body) throws IOException {
        send(exchange, status, JSON, body);
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** A short JSON error: {"error": "..."}; the reason never contains the request body. */
    static void sendError(HttpExchange exchange, int status, String reason) throws IOException {
        sendJson(exchange, status, ("{\"error\":\"" + jsonEscape(reason) + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static String jsonEscape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(' ');
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
