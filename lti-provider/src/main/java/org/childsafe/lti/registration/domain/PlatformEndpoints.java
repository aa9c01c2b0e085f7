package org.childsafe.lti.registration.domain;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a platform's OIDC authorization endpoint, key set and token endpoint live. Every URL must be absolute
 * http(s); anything else is refused when the value is made, so a registration can never point at a
 * {@code file:} or {@code javascript:} URL.
 */
public record PlatformEndpoints(URI authUrl, URI jwksUrl, Optional<URI> tokenUrl, Optional<String> tokenAudience) {

    public PlatformEndpoints {
        requireHttp(authUrl, "Authorization URL");
        requireHttp(jwksUrl, "JWKS URL");
        Objects.requireNonNull(tokenUrl, "Token URL option is required.");
        tokenUrl.ifPresent(url -> requireHttp(url, "Token URL"));
        Objects.requireNonNull(tokenAudience, "Token audience option is required.");
    }

    /** Parses the three URLs as an admin typed them; blank optional values become empty. */
    public static PlatformEndpoints of(String authUrl, String jwksUrl, String tokenUrl, String tokenAudience) {
        return new PlatformEndpoints(parse(authUrl, "Authorization URL"), parse(jwksUrl, "JWKS URL"),
                blank(tokenUrl) ? Optional.empty() : Optional.of(parse(tokenUrl, "Token URL")),
                blank(tokenAudience) ? Optional.empty() : Optional.of(tokenAudience.strip()));
    }

    /**
     * {@code scheme://host[:port]} of a URL, the form CSP {@code frame-ancestors}, {@code Origin} headers and
     * postMessage use: lower-case, and without the scheme's default port (browsers never send {@code :443}).
     */
    public static String originOf(URI uri) {
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static URI parse(String value, String what) {
        if (blank(value)) {
            throw new IllegalArgumentException(what + " is required.");
        }
        try {
            return new URI(value.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(what + " is not a valid URL.", e);
        }
    }

    private static void requireHttp(URI uri, String what) {
        Objects.requireNonNull(uri, what + " is required.");
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || uri.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException(what + " must be an absolute http(s) URL.");
        }
        if (uri.toString().length() > 1024) {
            throw new IllegalArgumentException(what + " must be at most 1024 characters.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
