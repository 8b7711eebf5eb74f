package org.needsspace.http.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches Amazon's signing certificate chain over HTTPS with short timeouts (Alexa waits about 8 seconds for the
 * whole answer), no redirects and a size cap.
 */
public final class HttpsCertificateFetcher implements CertificateFetcher {

    private static final int MAX_CHAIN_BYTES = 64 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    public HttpsCertificateFetcher(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public List<X509Certificate> fetch(URI chainUrl) throws IOException, CertificateException {
        HttpRequest request = HttpRequest.newBuilder(chainUrl).timeout(timeout).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching the certificate chain", e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("Certificate chain download answered HTTP " + response.statusCode());
            }
            byte[] pem = body.readNBytes(MAX_CHAIN_BYTES + 1);
            if (pem.length > MAX_CHAIN_BYTES) {
                throw new IOException("Certificate chain larger than " + MAX_CHAIN_BYTES + " bytes");
            }
            return parse(pem);
        }
    }

    static List<X509Certificate> parse(byte[] pem) throws CertificateException {
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem))) {
            chain.add((X509Certificate) certificate);
        }
        if (chain.isEmpty()) {
            throw new CertificateException("No certificate in the chain");
        }
        return chain;
    }
}
