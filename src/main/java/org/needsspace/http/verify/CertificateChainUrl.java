package org.needsspace.http.verify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The SignatureCertChainUrl rules: https, host s3.amazonaws.com (any case), path starting /echo.api/ once
 * normalised (so /echo.api/../evil is refused), port 443 if one is given.
 */
final class CertificateChainUrl {

    private static final String HOST = "s3.amazonaws.com";
    private static final String PATH_PREFIX = "/echo.api/";

    private CertificateChainUrl() {
    }

    static URI validate(String raw) throws RequestRejected {
        if (raw == null || raw.isBlank()) {
            throw RequestRejected.badRequest("SignatureCertChainUrl header missing");
        }
        URI url;
        try {
            url = new URI(raw.trim()).normalize();
        } catch (URISyntaxException e) {
            throw RequestRejected.badRequest("SignatureCertChainUrl is not a URL");
        }
        if (url.getScheme() == null || !url.getScheme().equalsIgnoreCase("https")) {
            throw RequestRejected.badRequest("SignatureCertChainUrl is not https");
        }
        if (url.getHost() == null || !url.getHost().toLowerCase(Locale.ROOT).equals(HOST)) {
            throw RequestRejected.badRequest("SignatureCertChainUrl host is not " + HOST);
        }
        if (url.getPort() != -1 && url.getPort() != 443) {
            throw RequestRejected.badRequest("SignatureCertChainUrl port is not 443");
        }
        String path = url.getPath();
        if (path == null || !path.startsWith(PATH_PREFIX) || path.contains("/../")) {
            throw RequestRejected.badRequest("SignatureCertChainUrl path does not start with " + PATH_PREFIX);
        }
        if (url.getUserInfo() != null || url.getQuery() != null || url.getFragment() != null) {
            throw RequestRejected.badRequest("SignatureCertChainUrl has user info, query or fragment");
        }
        return url;
    }
}
