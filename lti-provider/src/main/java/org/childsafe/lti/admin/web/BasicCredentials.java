package org.childsafe.lti.admin.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * User name and password of an {@code Authorization: Basic} header (RFC 7617), decoded as UTF-8. A Basic header
 * that cannot be decoded still counts as a sign-in attempt, with empty credentials that never verify.
 */
record BasicCredentials(String username, char[] password) {

    private static final String SCHEME = "Basic ";

    /** The credentials of a Basic header; empty when the header is absent or uses another scheme. */
    static Optional<BasicCredentials> parse(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(SCHEME.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0
                    ? unusable()
                    : new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray()));
        } catch (IllegalArgumentException notBase64) {
            return Optional.of(unusable());
        }
    }

    private static BasicCredentials unusable() {
        return new BasicCredentials("", new char[0]);
    }
}
