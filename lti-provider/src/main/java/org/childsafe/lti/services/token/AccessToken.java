package org.childsafe.lti.services.token;

import java.time.Duration;
import java.util.Objects;

/**
 * An OAuth 2 bearer access token (RFC 6749 §5.1). {@link #toString()} never shows the token itself.
 *
 * @param value     the {@code access_token}
 * @param expiresIn the {@code expires_in}
 */
public record AccessToken(String value, Duration expiresIn) {

    public AccessToken {
        Objects.requireNonNull(value, "Token value is required.");
        Objects.requireNonNull(expiresIn, "Lifetime is required.");
    }

    @Override
    public String toString() {
        return "AccessToken[expiresIn=" + expiresIn + "]";
    }
}
