/**
 * The vocabulary of an LTI 1.3 launch, free of any framework: the claim names we read
 * ({@link org.childsafe.lti.launch.domain.LtiClaims}), the stable error codes we reject with
 * ({@link org.childsafe.lti.launch.domain.LtiErrors}), the state saved between login initiation
 * and launch ({@link org.childsafe.lti.launch.domain.LaunchState}), the registration slice the
 * launch needs ({@link org.childsafe.lti.launch.domain.RegistrationRef}) and the validated result
 * ({@link org.childsafe.lti.launch.domain.LaunchClaims}). Nothing here performs I/O or validation of
 * untrusted input; that is the job of {@code org.childsafe.lti.launch.application}, which only
 * ever hands out these types once every check has passed.
 */
package org.childsafe.lti.launch.domain;
