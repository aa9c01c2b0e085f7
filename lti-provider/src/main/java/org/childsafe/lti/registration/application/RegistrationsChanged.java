package org.childsafe.lti.registration.application;

/**
 * CDI event fired by every change {@link RegistrationService} makes, inside the change's transaction. Observers
 * that cache registration data (such as the CSP {@code frame-ancestors} list of platform origins) should observe
 * it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to refresh only after the commit.
 *
 * @param registrationId the registration changed (or deleted)
 * @param action         the audit action, e.g. {@code registration.update}, {@code deployment.add}
 */
public record RegistrationsChanged(long registrationId, String action) {
}
