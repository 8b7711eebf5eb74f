package org.needsspace.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A GET or HEAD on one path, answered even while the skill's endpoint refuses with 503; another path is 404 and
 * another method 405.
 */
abstract class ReadEndpoint extends Handler.Abstract.NonBlocking {

    private final String path;
    private final RequestGate gate;

    ReadEndpoint(String path, RequestGate gate) {
        this.path = path;
        this.gate = gate;
    }

    String path() {
        return path;
    }

    RequestGate gate() {
        return gate;
    }

    @Override
    public final boolean handle(Request request, Response response, Callback callback) {
        gate.closeConnectionIfStopping(response);
        String method = request.getMethod();
        if (!Request.getPathInContext(request).equals(path)) {
            HttpAnswers.sendError(request, response, callback, 404, "Not found");
        } else if (HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method)) {
            answer(request, response, callback);
        } else {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            HttpAnswers.sendError(request, response, callback, 405, "Use GET");
        }
        return true;
    }

    /** Sends the answer to a GET or HEAD on the path. */
    abstract void answer(Request request, Response response, Callback callback);
}
