/**
 * Use cases of platform registration administration: register a platform by hand, change or remove it, manage
 * its deployments (schools) and the counselors designated for each. Every change is checked against the
 * caller's {@link org.childsafe.lti.admin.AdminScope}, written to the audit log in the same transaction, and
 * announced as a {@link org.childsafe.lti.registration.application.RegistrationsChanged} event. Expected
 * failures are named exceptions with stable codes, subclasses of
 * {@link org.childsafe.lti.registration.application.RegistrationException}.
 * <p>
 * LTI Dynamic Registration 1.0 ({@link org.childsafe.lti.registration.application.DynamicRegistrationService})
 * lets the platform register itself: its configuration is fetched through the SSRF-aware
 * {@link org.childsafe.lti.registration.application.PlatformHttpClient}, and the result is stored through the
 * same service with origin {@code DYNAMIC}.
 */
package org.childsafe.lti.registration.application;
