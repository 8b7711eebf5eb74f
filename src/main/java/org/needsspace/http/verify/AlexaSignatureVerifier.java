package org.needsspace.http.verify;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Checks that a request body was signed by Alexa: the {@code Signature-256} header is a SHA256withRSA signature of
 * the raw body, made with the certificate at {@code SignatureCertChainUrl}; that certificate must be valid now, name
 * echo-api.amazon.com among its subject alternative names and chain to a trusted root. Verified certificates are
 * cached in memory by URL; a cached certificate that is no longer valid is dropped and fetched again, as Amazon
 * renews the certificate behind the same URL.
 *
 * <p>Trust anchors and the fetcher are injected so tests can prove acceptance with a chain they create.
 */
public final class AlexaSignatureVerifier {

    static final String ECHO_API_DOMAIN = "echo-api.amazon.com";
    private static final int SAN_DNS_NAME = 2;
    private static final int MAX_CACHED = 16;

    private final Set<TrustAnchor> trustAnchors;
    private final CertificateFetcher fetcher;
    private final Clock clock;
    private final Map<URI, X509Certificate> verified = new ConcurrentHashMap<>();

    public AlexaSignatureVerifier(Set<TrustAnchor> trustAnchors, CertificateFetcher fetcher, Clock clock) {
        if (trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("No trust anchors");
        }
        this.trustAnchors = Set.copyOf(trustAnchors);
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /** The roots the JDK trusts (its cacerts), for production. */
    public static Set<TrustAnchor> jdkTrustAnchors() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            Set<TrustAnchor> anchors = new HashSet<>();
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    for (X509Certificate root : x509.getAcceptedIssuers()) {
                        anchors.add(new TrustAnchor(root, null));
                    }
                }
            }
            return anchors;
        } catch (NoSuchAlgorithmException | KeyStoreException e) {
            throw new IllegalStateException("Cannot read the JDK's trusted roots", e);
        }
    }

    public void verify(String signature256, String certChainUrl, byte[] body) throws RequestRejected {
        if (signature256 == null || signature256.isBlank()) {
            throw RequestRejected.badRequest("Signature-256 header missing");
        }
        URI url = CertificateChainUrl.validate(certChainUrl);
        byte[] signature;
        try {
            signature = Base64.getMimeDecoder().decode(signature256.trim());
        } catch (IllegalArgumentException e) {
            throw RequestRejected.badRequest("Signature-256 is not base64");
        }
        X509Certificate certificate = signingCertificate(url);
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(body);
            if (!verifier.verify(signature)) {
                throw RequestRejected.badRequest("Signature-256 does not match the body");
            }
        } catch (GeneralSecurityException e) {
            throw new RequestRejected(400, "Signature-256 cannot be checked: " + e.getMessage(), e);
        }
    }

    private X509Certificate signingCertificate(URI url) throws RequestRejected {
        X509Certificate cached = verified.get(url);
        if (cached != null) {
            if (isValidNow(cached)) {
                return cached;
            }
            verified.remove(url, cached);
        }
        List<X509Certificate> chain;
        try {
            chain = fetcher.fetch(url);
        } catch (IOException | CertificateException | RuntimeException e) {
            throw new RequestRejected(400, "Signing certificate could not be fetched: " + e.getMessage(), e);
        }
        X509Certificate leaf = chain.get(0);
        checkValidNow(leaf);
        checkNamesEchoApi(leaf);
        checkChainsToTrustedRoot(chain);
        if (verified.size() >= MAX_CACHED) {
            verified.clear();
        }
        verified.put(url, leaf);
        return leaf;
    }

    private boolean isValidNow(X509Certificate certificate) {
        try {
            certificate.checkValidity(Date.from(clock.instant()));
            return true;
        } catch (CertificateException e) {
            return false;
        }
    }

    private void checkValidNow(X509Certificate certificate) throws RequestRejected {
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (CertificateException e) {
            throw new RequestRejected(400, "Signing certificate is not valid now", e);
        }
    }

    private static void checkNamesEchoApi(X509Certificate certificate) throws RequestRejected {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names != null) {
                for (List<?> name : names) {
                    if (name.size() == 2 && Integer.valueOf(SAN_DNS_NAME).equals(name.get(0))
                            && ECHO_API_DOMAIN.equalsIgnoreCase(String.valueOf(name.get(1)))) {
                        return;
                    }
                }
            }
        } catch (CertificateException e) {
            throw new RequestRejected(400, "Signing certificate names are unreadable", e);
        }
        throw RequestRejected.badRequest("Signing certificate is not for " + ECHO_API_DOMAIN);
    }

    private void checkChainsToTrustedRoot(List<X509Certificate> chain) throws RequestRejected {
        List<X509Certificate> path = new ArrayList<>(chain);
        // A root sent along with the chain is not part of the path: the anchor must come from our own trust set.
        while (path.size() > 1 && isSelfIssued(path.get(path.size() - 1))) {
            path.remove(path.size() - 1);
        }
        try {
            PKIXParameters parameters = new PKIXParameters(trustAnchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(clock.instant()));
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
        } catch (InvalidAlgorithmParameterException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("PKIX validation unavailable", e);
        } catch (GeneralSecurityException e) {
            throw new RequestRejected(400, "Signing certificate does not chain to a trusted root: " + e.getMessage(), e);
        }
    }

    private static boolean isSelfIssued(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }
}
