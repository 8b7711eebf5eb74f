package org.needsspace.http.verify;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.TrustAnchor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.needsspace.testing.MutableClock;

class AlexaSignatureVerifierTest {

    private static final String CHAIN_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem";
    private static final TestCertificates CERTIFICATES = TestCertificates.valid();
    private static final byte[] BODY = "{\"version\":\"1.0\",\"request\":{}}".getBytes(StandardCharsets.UTF_8);

    private final List<URI> fetched = new ArrayList<>();

    private AlexaSignatureVerifier verifier(TestCertificates chainServed, TestCertificates trusted) {
        return new AlexaSignatureVerifier(trusted.trustAnchors(), url -> {
            fetched.add(url);
            return chainServed.chain();
        }, Clock.systemUTC());
    }

    @Test
    void acceptsABodySignedWithACertificateThatChainsToATrustedRoot() {
        AlexaSignatureVerifier verifier = verifier(CERTIFICATES, CERTIFICATES);
        assertDoesNotThrow(() -> verifier.verify(CERTIFICATES.signatureOf(BODY), CHAIN_URL, BODY));
        assertDoesNotThrow(() -> verifier.verify(CERTIFICATES.signatureOf(BODY), CHAIN_URL, BODY));
        assertEquals(List.of(URI.create(CHAIN_URL)), fetched, "the verified certificate is cached");
    }

    @Test
    void aCachedCertificateThatExpiredIsFetchedAgainNotRefusedForever() {
        Instant now = Instant.now();
        TestCertificates expiring = TestCertificates.create(AlexaSignatureVerifier.ECHO_API_DOMAIN,
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));
        TestCertificates renewed = TestCertificates.valid();
        MutableClock clock = new MutableClock(now);
        AtomicReference<TestCertificates> served = new AtomicReference<>(expiring);
        Set<TrustAnchor> roots = new HashSet<>(expiring.trustAnchors());
        roots.addAll(renewed.trustAnchors());
        AlexaSignatureVerifier verifier = new AlexaSignatureVerifier(roots, url -> {
            fetched.add(url);
            return served.get().chain();
        }, clock);

        assertDoesNotThrow(() -> verifier.verify(expiring.signatureOf(BODY), CHAIN_URL, BODY));
        clock.advance(Duration.ofHours(2));
        served.set(renewed);

        assertDoesNotThrow(() -> verifier.verify(renewed.signatureOf(BODY), CHAIN_URL, BODY));
        assertEquals(2, fetched.size(), "fetched again once the cached certificate expired");
        RequestRejected stale = assertThrows(RequestRejected.class,
                () -> verifier.verify(expiring.signatureOf(BODY), CHAIN_URL, BODY));
        assertEquals("Signature-256 does not match the body", stale.getMessage());
    }

    @Test
    void aFetchedCertificateThatIsNotValidNowIsStillRefused() {
        Instant now = Instant.now();
        TestCertificates expired = TestCertificates.create(AlexaSignatureVerifier.ECHO_API_DOMAIN,
                now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
        AlexaSignatureVerifier verifier = new AlexaSignatureVerifier(expired.trustAnchors(), url -> expired.chain(),
                new MutableClock(now));
        RequestRejected rejected = assertThrows(RequestRejected.class,
                () -> verifier.verify(expired.signatureOf(BODY), CHAIN_URL, BODY));
        assertEquals("Signing certificate is not valid now", rejected.getMessage());
    }

    @Test
    void acceptsTheUrlVariantsAmazonDocumentsAsValid() {
        AlexaSignatureVerifier verifier = verifier(CERTIFICATES, CERTIFICATES);
        for (String url : List.of("https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
                "HTTPS://s3.amazonaws.com/echo.api/echo-api-cert.pem",
                "https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem",
                "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
                "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem")) {
            assertDoesNotThrow(() -> verifier.verify(CERTIFICATES.signatureOf(BODY), url, BODY), url);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://s3.amazonaws.com/echo.api/echo-api-cert.pem",
            "https://notamazon.com/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem",
            "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem",
            "https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem",
            "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem",
            "https://user@s3.amazonaws.com/echo.api/echo-api-cert.pem",
            "not a url at all",
            ""})
    void refusesACertificateUrlOutsideAmazonsRules(String url) {
        RequestRejected rejected = assertThrows(RequestRejected.class,
                () -> verifier(CERTIFICATES, CERTIFICATES).verify(CERTIFICATES.signatureOf(BODY), url, BODY));
        assertEquals(400, rejected.status());
        assertTrue(fetched.isEmpty(), "nothing is downloaded from a refused URL");
    }

    @Test
    void refusesAnUnsignedRequest() {
        assertRefused(verifier(CERTIFICATES, CERTIFICATES), null, CHAIN_URL, BODY);
        assertRefused(verifier(CERTIFICATES, CERTIFICATES), "", CHAIN_URL, BODY);
        assertRefused(verifier(CERTIFICATES, CERTIFICATES), CERTIFICATES.signatureOf(BODY), null, BODY);
    }

    @Test
    void refusesATamperedBody() {
        byte[] tampered = "{\"version\":\"1.0\",\"request\":{\"x\":1}}".getBytes(StandardCharsets.UTF_8);
        assertRefused(verifier(CERTIFICATES, CERTIFICATES), CERTIFICATES.signatureOf(BODY), CHAIN_URL, tampered);
    }

    @Test
    void refusesASignatureThatIsNotBase64OrNotMadeByTheCertificatesKey() {
        assertRefused(verifier(CERTIFICATES, CERTIFICATES), "%%% not base64 %%%", CHAIN_URL, BODY);
        TestCertificates other = TestCertificates.valid();
        assertRefused(verifier(CERTIFICATES, CERTIFICATES), other.signatureOf(BODY), CHAIN_URL, BODY);
    }

    @Test
    void refusesACertificateFromAnUntrustedRoot() {
        TestCertificates impostor = TestCertificates.valid();
        assertRefused(verifier(impostor, CERTIFICATES), impostor.signatureOf(BODY), CHAIN_URL, BODY);
    }

    @Test
    void refusesACertificateNotNamingEchoApi() {
        Instant now = Instant.now();
        TestCertificates wrongName = TestCertificates.create("echo-api.example.com", now.minusSeconds(60),
                now.plus(Duration.ofDays(1)));
        assertRefused(verifier(wrongName, wrongName), wrongName.signatureOf(BODY), CHAIN_URL, BODY);
    }

    @Test
    void refusesAnExpiredOrNotYetValidCertificate() {
        Instant now = Instant.now();
        TestCertificates expired = TestCertificates.create(AlexaSignatureVerifier.ECHO_API_DOMAIN,
                now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)));
        assertRefused(verifier(expired, expired), expired.signatureOf(BODY), CHAIN_URL, BODY);
        TestCertificates future = TestCertificates.create(AlexaSignatureVerifier.ECHO_API_DOMAIN,
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)));
        assertRefused(verifier(future, future), future.signatureOf(BODY), CHAIN_URL, BODY);
    }

    @Test
    void refusesWhenTheCertificateCannotBeFetched() {
        AlexaSignatureVerifier verifier = new AlexaSignatureVerifier(CERTIFICATES.trustAnchors(), url -> {
            throw new java.io.IOException("connect timed out");
        }, Clock.systemUTC());
        assertRefused(verifier, CERTIFICATES.signatureOf(BODY), CHAIN_URL, BODY);
    }

    private static void assertRefused(AlexaSignatureVerifier verifier, String signature, String url, byte[] body) {
        RequestRejected rejected = assertThrows(RequestRejected.class, () -> verifier.verify(signature, url, body));
        assertEquals(400, rejected.status());
    }
}
