package org.childsafe.lti.registration.application;

/**
 * The family of expected failures of {@link RegistrationService}, each with a stable {@link #code()} that the
 * REST layer answers with. Messages name ids only, so they are safe in logs.
 */
public abstract class RegistrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected RegistrationException(String message) {
        super(message);
    }

    /** Stable error code, e.g. {@code registration.not_found}. */
    public abstract String code();
}
