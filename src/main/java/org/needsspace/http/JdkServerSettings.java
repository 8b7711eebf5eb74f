package org.needsspace.http;

/**
 * The JDK server's own limits, which it reads from system properties once, when its first server is made (so
 * they hold for every server of the process; a value set on the command line with -D wins).
 *
 * <ul>
 *   <li>{@code sun.net.httpserver.maxReqTime}: seconds from a request's first byte until its head and body are
 *       read; past it the server's timer (every second) closes the connection, which also ends the blocked read
 *       of the thread serving it. Without it, a client that sends half a request holds a thread for ever.</li>
 *   <li>{@code sun.net.httpserver.maxRspTime}: seconds from the whole request read until the answer is written;
 *       a client that stops reading its answer is closed. Alexa gives up after about 8 seconds anyway.</li>
 *   <li>{@code jdk.httpserver.maxConnections}: open connections (idle keep-alive ones included); past it the
 *       server closes a new connection as soon as it accepts it.</li>
 *   <li>{@code sun.net.httpserver.nodelay}: without TCP_NODELAY the server's separate header and body writes
 *       wait for a delayed ACK on every request.</li>
 * </ul>
 */
final class JdkServerSettings {

    static final int REQUEST_READ_SECONDS = 5;
    static final int RESPONSE_WRITE_SECONDS = 10;
    static final int MAX_OPEN_CONNECTIONS = 2048;

    private JdkServerSettings() {
    }

    static void applyUnlessSet() {
        setUnlessSet("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_READ_SECONDS));
        setUnlessSet("sun.net.httpserver.maxRspTime", Integer.toString(RESPONSE_WRITE_SECONDS));
        setUnlessSet("jdk.httpserver.maxConnections", Integer.toString(MAX_OPEN_CONNECTIONS));
        setUnlessSet("sun.net.httpserver.nodelay", "true");
    }

    private static void setUnlessSet(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
