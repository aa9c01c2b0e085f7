/**
 * Use cases of platform registration administration: register a platform by hand, change or remove it, manage
 * its deployments (schools) and the counselors designated for each. Every change is checked against the
 * caller's {@link org.childsafe.lti.admin.AdminScope}, written to the audit log in the same transaction, and
 * announced as a {@link org.childsafe.lti.registration.application.RegistrationsChanged} event. Expected
 * failures are named exceptions with stable codes, subclasses of
 * {@link org.childsafe.lti.registration.application.RegistrationException}.
 */
package org.childsafe.lti.registration.application;
