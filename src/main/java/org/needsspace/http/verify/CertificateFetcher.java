package org.needsspace.http.verify;

import java.io.IOException;
import java.net.URI;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

/** Downloads the PEM certificate chain a SignatureCertChainUrl points to, signing certificate first. */
@FunctionalInterface
public interface CertificateFetcher {

    List<X509Certificate> fetch(URI chainUrl) throws IOException, CertificateException;
}
