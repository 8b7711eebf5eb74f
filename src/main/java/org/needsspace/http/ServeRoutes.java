package org.needsspace.http;

import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Sends a request to the read-only endpoint whose path it is on (or under, which that endpoint answers 404), and
 * every other request to the skill's endpoint.
 */
final class ServeRoutes extends Handler.Abstract {

    private final List<ReadEndpoint> readEndpoints;
    private final Handler skill;

    ServeRoutes(List<ReadEndpoint> readEndpoints, Handler skill) {
        this.readEndpoints = List.copyOf(readEndpoints);
        this.skill = skill;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        for (ReadEndpoint endpoint : readEndpoints) {
            if (path.equals(endpoint.path()) || path.startsWith(endpoint.path() + "/")) {
                return endpoint.handle(request, response, callback);
            }
        }
        return skill.handle(request, response, callback);
    }
}
