package org.childsafe.lti.registration.application;

/** No registration has this id (code {@code registration.not_found}). */
public class RegistrationNotFoundException extends RegistrationException {

    private static final long serialVersionUID = 1L;

    public RegistrationNotFoundException(long registrationId) {
        super("No registration " + registrationId + ".");
    }

    @Override
    public String code() {
        return "registration.not_found";
    }
}
