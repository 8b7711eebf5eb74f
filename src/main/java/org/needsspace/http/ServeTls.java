package org.needsspace.http;

import java.nio.file.Path;

/**
 * Serve mode's own TLS: the PKCS12 keystore holding its key and certificate chain, and the keystore's password
 * (read from an environment variable, never from the command line).
 */
public record ServeTls(Path keystore, String password) {

    @Override
    public String toString() {
        return "ServeTls[keystore=" + keystore + ", password=(hidden)]";
    }
}
