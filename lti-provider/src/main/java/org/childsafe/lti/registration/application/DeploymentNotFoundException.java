package org.childsafe.lti.registration.application;

/** The registration has no deployment with this deployment id (code {@code deployment.not_found}). */
public class DeploymentNotFoundException extends RegistrationException {

    private static final long serialVersionUID = 1L;

    public DeploymentNotFoundException(long registrationId, String deploymentId) {
        super("Registration " + registrationId + " has no deployment '" + deploymentId + "'.");
    }

    @Override
    public String code() {
        return "deployment.not_found";
    }
}
