package org.needsspace.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/** Writing a whole answer on a Jetty {@link Response}; {@code done} completes once it is written. */
final class HttpAnswers {

    private static final String JSON = "application/json;charset=UTF-8";

    private HttpAnswers() {
    }

    static void sendJson(Request request, Response response, Callback done, int status, byte[] body) {
        send(request, response, done, status, JSON, body);
    }

    /** A HEAD request gets the headers a GET would, Content-Length included, and no body. */
    static void send(Request request, Response response, Callback done, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        response.write(true, head ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(body), done);
    }

    static void sendError(Request request, Response response, Callback done, int status, String reason) {
        sendJson(request, response, done, status, error(reason));
    }

    /** A short JSON error: {"error": "..."}; the reason never contains the request body. */
    static byte[] error(String reason) {
        return ("{\"error\":\"" + jsonEscape(reason) + "\"}").getBytes(StandardCharsets.UTF_8);
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
