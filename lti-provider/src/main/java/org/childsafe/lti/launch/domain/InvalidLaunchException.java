package org.childsafe.lti.launch.domain;

import java.util.Objects;

/**
 * Thrown when a login initiation or a launch is rejected.
 *
 * <p>It exists so that every rejection travels as one exception family with a stable
 * {@link #code()} from {@link LtiErrors}; the web layer maps the code to an HTTP status with
 * {@link LtiErrors#httpStatus(String)}, logs code and detail, and shows the user a generic page.
 * Invariant: the message is log-safe. Callers pass a fixed description (claim names, lengths,
 * exception class names) and never token contents, claim values or personal data.
 */
public class InvalidLaunchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * @param code      a code from {@link LtiErrors}
     * @param logDetail a log-safe description of what failed
     */
    public InvalidLaunchException(String code, String logDetail) {
        super(logDetail);
        this.code = Objects.requireNonNull(code, "Code is required.");
    }

    /**
     * @param code      a code from {@link LtiErrors}
     * @param logDetail a log-safe description of what failed
     * @param cause     the underlying failure; only pass causes whose message is itself log-safe
     */
    public InvalidLaunchException(String code, String logDetail, Throwable cause) {
        super(logDetail, cause);
        this.code = Objects.requireNonNull(code, "Code is required.");
    }

    /** @return the stable error code, one of the {@link LtiErrors} constants */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code + "]: " + getMessage();
    }
}
