package org.needsspace.http;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Serve mode's listening socket on Jetty: HTTP/1.1 with keep-alive, over TLS when given a keystore.
 *
 * <ul>
 *   <li>Heads and bodies are read by Jetty's selector without a thread, so clients that stall hold a connection,
 *       never a thread; {@link ReadTimeLimit} closes any whose request has not arrived whole in time.</li>
 *   <li>A connection idle for {@link #IDLE_TIMEOUT} (between keep-alive requests, or a client that stops reading
 *       its answer) is closed.</li>
 *   <li>Past {@link ServeLimits#MAX_OPEN_CONNECTIONS} open connections Jetty stops accepting until some close.</li>
 * </ul>
 */
final class ServeConnector {

    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    private ServeConnector() {
    }

    static ServerConnector create(Server server, InetSocketAddress address, ServeLimits limits,
                                  Optional<ServeTls> tls) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        HttpConnectionFactory http11 = new HttpConnectionFactory(http);
        ConnectionFactory[] protocols = tls.map(keystore -> new ConnectionFactory[] {
                new SslConnectionFactory(sslContext(keystore), HttpVersion.HTTP_1_1.asString()), http11})
                .orElse(new ConnectionFactory[] {http11});
        ServerConnector connector = new ServerConnector(server, 1, 1, protocols);
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        connector.setAcceptQueueSize(128);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(ServeLimits.MAX_OPEN_CONNECTIONS, connector));
        server.addBean(new ReadTimeLimit(connector, limits.readTime()));
        return connector;
    }

    private static SslContextFactory.Server sslContext(ServeTls tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keystore().toString());
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePassword(tls.password());
        return ssl;
    }
}
