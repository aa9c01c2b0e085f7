/**
 * The LTI 1.3 use cases of the tool: third-party initiated login
 * ({@link org.childsafe.lti.launch.application.LoginInitiationService}) and the launch
 * ({@link org.childsafe.lti.launch.application.LaunchService}), whose id_token is verified by
 * {@link org.childsafe.lti.launch.application.LaunchTokenVerifier} as an ordered list of checks
 * that fail closed, against platform keys from
 * {@link org.childsafe.lti.launch.application.PlatformKeySource}. The services are plain classes
 * with constructor-injected collaborators; persistence is reached only through the ports
 * {@link org.childsafe.lti.launch.application.RegistrationDirectory},
 * {@link org.childsafe.lti.launch.application.StateStore} and
 * {@link org.childsafe.lti.launch.application.NonceStore}, and the network only through
 * {@link org.childsafe.lti.launch.application.JwksFetcher}, so the whole flow runs in unit tests
 * against the test platform in {@code org.childsafe.lti.testplatform}.
 */
package org.childsafe.lti.launch.application;
