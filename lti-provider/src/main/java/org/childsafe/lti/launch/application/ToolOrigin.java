package org.childsafe.lti.launch.application;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The tool's own web origin (scheme, host, port; RFC 6454). Any URI the tool will redirect the
 * browser to after a launch must lie on it, so a platform or an attacker cannot turn the tool
 * into an open redirect (LTI-CHECKLIST §2.3 step 13).
 */
final class ToolOrigin {

    private final String scheme;
    private final String host;
    private final int port;

    ToolOrigin(URI toolBaseUrl) {
        Objects.requireNonNull(toolBaseUrl, "Tool base URL is required.");
        if (!isHttp(toolBaseUrl) || toolBaseUrl.getHost() == null) {
            throw new IllegalArgumentException("Tool base URL must be an absolute http(s) URL: " + toolBaseUrl);
        }
        this.scheme = toolBaseUrl.getScheme().toLowerCase(Locale.ROOT);
        this.host = toolBaseUrl.getHost().toLowerCase(Locale.ROOT);
        this.port = effectivePort(toolBaseUrl);
    }

    /**
     * @param candidate an untrusted URI string
     * @return the parsed URI when it is absolute http(s) without user info on this origin, else empty
     */
    Optional<URI> parseOnOrigin(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(candidate);
            return contains(uri) ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private boolean contains(URI uri) {
        return isHttp(uri)
                && uri.getRawUserInfo() == null
                && uri.getHost() != null
                && scheme.equals(uri.getScheme().toLowerCase(Locale.ROOT))
                && host.equals(uri.getHost().toLowerCase(Locale.ROOT))
                && port == effectivePort(uri);
    }

    static boolean isHttp(URI uri) {
        String s = uri.getScheme();
        return uri.isAbsolute() && ("https".equalsIgnoreCase(s) || "http".equalsIgnoreCase(s));
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
