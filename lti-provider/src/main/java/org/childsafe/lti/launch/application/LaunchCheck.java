package org.childsafe.lti.launch.application;

import org.childsafe.lti.launch.domain.InvalidLaunchException;

/**
 * A named {@link Check} that fails closed (the Keycloak {@code TokenVerifier} pattern): an
 * unexpected exception inside the check becomes a rejection with {@code failureCode}. Only the
 * exception's class name is kept, because its message may quote token contents.
 *
 * @param name        a short log-safe name of the step
 * @param failureCode the code for unexpected failures of this step
 * @param body        the check itself
 */
record LaunchCheck(String name, String failureCode, Check body) {

    void run(LaunchToken token) {
        try {
            body.verify(token);
        } catch (InvalidLaunchException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidLaunchException(failureCode,
                    "check '" + name + "' failed with " + e.getClass().getSimpleName());
        }
    }
}
