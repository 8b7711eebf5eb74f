package org.needsspace.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A throwaway PKCS12 keystore for 127.0.0.1, made by the JDK's keytool, and a TLS context that trusts only it. */
record TestKeystore(Path path, String password) {

    private static final String ALIAS = "serve";

    static TestKeystore create(Path directory) throws IOException, InterruptedException {
        Path path = directory.resolve("serve.p12");
        String password = "test-only-" + System.nanoTime();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", path.toString(), "-storepass", password, "-keypass", password)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0 || !Files.exists(path)) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        return new TestKeystore(path, password);
    }

    /** A client context that trusts this keystore's certificate and nothing else. */
    SSLContext trustingIt() throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            keys.load(in, password.toCharArray());
        }
        Certificate certificate = keys.getCertificate(ALIAS);
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry(ALIAS, certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    List<String> serveOptions(String passwordVariable) {
        return List.of("--keystore", path.toString(), "--keystore-password-env", passwordVariable);
    }
}
