package org.childsafe.lti.registration.application;

import java.util.Objects;

/**
 * A refused LTI Dynamic Registration, with a stable {@link #code()} shown to the platform administrator. When it
 * is thrown nothing has been stored. Messages name URLs and statuses only, never the registration token.
 */
public class DynamicRegistrationException extends RuntimeException {

    /** The openid_configuration URL or an endpoint in it is not allowed (scheme or address). */
    public static final String FORBIDDEN_URL = "registration.forbidden_url";
    /** The configuration's issuer does not match the URL it was fetched from (DR 1.0 §3.5.1). */
    public static final String ISSUER_MISMATCH = "registration.issuer_mismatch";
    /** The configuration or the registration response is not the JSON the spec describes. */
    public static final String MALFORMED = "registration.malformed";
    /** The platform does not sign id tokens with RS256 or lacks a required feature. */
    public static final String UNSUPPORTED = "registration.unsupported_platform";
    /** The platform answered the registration with an error status. */
    public static final String PLATFORM_REFUSED = "registration.platform_refused";
    /** The platform could not be reached, timed out or answered the configuration with an error. */
    public static final String PLATFORM_UNAVAILABLE = "registration.platform_unavailable";
    /** The request lacks the openid_configuration parameter. */
    public static final String MISSING_PARAMETER = "registration.missing_parameter";
    /** Dynamic Registration is switched off here, or the registration URL lacks the configured key. */
    public static final String DISABLED = "registration.disabled";

    private static final long serialVersionUID = 1L;

    private final String code;

    public DynamicRegistrationException(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "Code is required.");
    }

    public DynamicRegistrationException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "Code is required.");
    }

    public String code() {
        return code;
    }
}
