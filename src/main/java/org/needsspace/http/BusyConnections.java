package org.needsspace.http;

import java.util.function.IntSupplier;
import org.eclipse.jetty.server.AbstractConnector;

/**
 * Connections with a request being read or answered, a client stalled halfway through its request included; an
 * idle keep-alive connection is not busy.
 */
final class BusyConnections implements IntSupplier {

    private final AbstractConnector connector;

    BusyConnections(AbstractConnector connector) {
        this.connector = connector;
    }

    @Override
    public int getAsInt() {
        int busy = 0;
        for (var endPoint : connector.getConnectedEndPoints()) {
            if (RequestProgress.of(endPoint).map(RequestProgress::busy).orElse(false)) {
                busy++;
            }
        }
        return busy;
    }
}
