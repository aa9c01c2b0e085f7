/**
 * A self-contained fake LTI 1.3 platform for tests, published in the {@code lti-provider}
 * test-jar so that container and system tests in other modules launch the tool the same way the
 * unit tests do. {@link org.childsafe.lti.testplatform.TestPlatform} owns real RSA keys, signs
 * valid or deliberately broken id_tokens built with
 * {@link org.childsafe.lti.testplatform.LaunchClaimsBuilder}, and can serve its JWKS and record
 * authentication requests over HTTP on 127.0.0.1. The {@code InMemory*} classes and
 * {@link org.childsafe.lti.testplatform.CountingJwksFetcher} are test doubles of the ports in
 * {@code org.childsafe.lti.launch.application}, and {@link org.childsafe.lti.testplatform.MutableClock}
 * lets a test move time. None of this code may be used in production.
 */
package org.childsafe.lti.testplatform;
