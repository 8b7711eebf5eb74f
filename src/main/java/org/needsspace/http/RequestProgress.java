package org.needsspace.http;

import java.util.Optional;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Where an open connection is in its current request, read from its HTTP/1.1 parser (behind TLS when there is
 * one). Jetty reads heads and bodies without a thread, so only the parser knows a client that stopped halfway.
 * Jetty's HttpConnection lives in an internal package; this is the only class that touches it.
 */
record RequestProgress(HttpConnection connection) {

    static Optional<RequestProgress> of(EndPoint endPoint) {
        Connection connection = endPoint.getConnection();
        if (connection instanceof SslConnection tls) {
            connection = tls.getSslEndPoint().getConnection();
        }
        return connection instanceof HttpConnection http ? Optional.of(new RequestProgress(http)) : Optional.empty();
    }

    /** A request has begun (its first byte has been read) and its answer is not yet written. */
    boolean busy() {
        return !connection.getParser().isStart();
    }

    /** A request has begun and its head or body is still arriving. */
    boolean reading() {
        HttpParser parser = connection.getParser();
        return !parser.isStart() && (parser.inHeaderState() || parser.inContentState());
    }

    /** Answers written on this connection: a request still being read after another one is answered is new. */
    long answered() {
        return connection.getMessagesOut();
    }
}
