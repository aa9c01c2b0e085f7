package org.childsafe.lti.registration.application;

/** A registration with the same issuer and client id exists already (code {@code registration.duplicate}). */
public class DuplicateRegistrationException extends RegistrationException {

    private static final long serialVersionUID = 1L;

    public DuplicateRegistrationException(String issuer, String clientId) {
        super("A registration for issuer " + issuer + " and client id " + clientId + " exists already.");
    }

    @Override
    public String code() {
        return "registration.duplicate";
    }
}
