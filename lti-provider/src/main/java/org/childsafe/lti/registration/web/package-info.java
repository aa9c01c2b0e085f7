/**
 * The administration page {@code /admin/registrations.xhtml}: platform registrations visible to the signed-in
 * administrator, the add/edit form, deployments (schools) with their counselors, the tool endpoints an LMS
 * administrator copies, and the latest audit events. All changes go through
 * {@link org.childsafe.lti.registration.application.RegistrationService}. Also the Dynamic Registration
 * initiation URL {@code /lti/register}
 * ({@link org.childsafe.lti.registration.web.DynamicRegistrationServlet}).
 */
package org.childsafe.lti.registration.web;
