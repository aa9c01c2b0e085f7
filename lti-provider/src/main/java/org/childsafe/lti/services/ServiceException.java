package org.childsafe.lti.services;

import java.util.Objects;
import java.util.Optional;

/**
 * A call to a platform service failed in an expected way. {@link #code()} is one of {@link ServiceErrors};
 * {@link #platformMessage()} is what the platform said (sanitized and truncated, never a token), for the
 * teacher's grade sync status; {@link #retryable()} tells a queue whether trying again later may help.
 */
public class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_MESSAGE = 300;

    private final String code;
    private final int httpStatus;
    private final String platformMessage;
    private final boolean retryable;

    public ServiceException(String code, String detail, int httpStatus, String platformMessage, boolean retryable,
            Throwable cause) {
        super(Objects.requireNonNull(code, "Code is required.") + ": " + detail, cause);
        this.code = code;
        this.httpStatus = httpStatus;
        this.platformMessage = platformMessage == null ? null : sanitize(platformMessage, MAX_MESSAGE);
        this.retryable = retryable;
    }

    public ServiceException(String code, String detail, int httpStatus, String platformMessage) {
        this(code, detail, httpStatus, platformMessage, ServiceErrors.UNAVAILABLE.equals(code), null);
    }

    /** The stable code, one of {@link ServiceErrors}. */
    public String code() {
        return code;
    }

    /** The HTTP status the platform answered, or 0 when there was no answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The platform's own message or OAuth error value, sanitized and truncated. */
    public Optional<String> platformMessage() {
        return Optional.ofNullable(platformMessage);
    }

    /** Whether the same call may succeed later (5xx, timeout, connection failure). */
    public boolean retryable() {
        return retryable;
    }

    /** Replaces control characters with spaces, collapses blanks and cuts to {@code max} characters. */
    public static String sanitize(String text, int max) {
        String clean = text.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", " ").replaceAll("\\s+", " ").strip();
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
