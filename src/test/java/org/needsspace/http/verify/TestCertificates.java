package org.needsspace.http.verify;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate chain made in the test, shaped like Alexa's: a root CA and a signing certificate issued by it,
 * whose subject alternative name is the one given (echo-api.amazon.com for the real thing).
 */
public final class TestCertificates {

    final KeyPair rootKeys;
    final X509Certificate root;
    final KeyPair signingKeys;
    final X509Certificate signing;

    private TestCertificates(KeyPair rootKeys, X509Certificate root, KeyPair signingKeys, X509Certificate signing) {
        this.rootKeys = rootKeys;
        this.root = root;
        this.signingKeys = signingKeys;
        this.signing = signing;
    }

    public static TestCertificates create(String subjectAlternativeName, Instant notBefore, Instant notAfter) {
        try {
            KeyPair rootKeys = ec();
            X500Name rootName = new X500Name("CN=Needs Space Test Root CA");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder rootBuilder = new JcaX509v3CertificateBuilder(rootName, BigInteger.ONE,
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), rootName,
                    rootKeys.getPublic());
            rootBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            rootBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate root = sign(rootBuilder, rootKeys.getPrivate());

            KeyPair signingKeys = rsa();
            JcaX509v3CertificateBuilder leafBuilder = new JcaX509v3CertificateBuilder(rootName, BigInteger.TWO,
                    Date.from(notBefore), Date.from(notAfter), new X500Name("CN=" + subjectAlternativeName),
                    signingKeys.getPublic());
            leafBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            leafBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            leafBuilder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, subjectAlternativeName)));
            return new TestCertificates(rootKeys, root, signingKeys, sign(leafBuilder, rootKeys.getPrivate()));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create test certificates", e);
        }
    }

    public static TestCertificates valid() {
        Instant now = Instant.now();
        return create(AlexaSignatureVerifier.ECHO_API_DOMAIN, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)));
    }

    public Set<TrustAnchor> trustAnchors() {
        return Set.of(new TrustAnchor(root, null));
    }

    /** What the fake download returns: the signing certificate first, then the root, as Amazon's file is laid out. */
    public List<X509Certificate> chain() {
        return List.of(signing, root);
    }

    public String signatureOf(byte[] body) {
        return signatureOf(body, signingKeys.getPrivate());
    }

    public static String signatureOf(byte[] body, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(body);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The root's key: an elliptic-curve key is made in a millisecond, where an RSA key takes up to a second. */
    private static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    /** The signing certificate's key: RSA, as Alexa signs requests with SHA256withRSA. */
    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey key) throws Exception {
        String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(algorithm).build(key)));
    }
}
