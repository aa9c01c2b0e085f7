/**
 * JSON administration of platform registrations at {@code /api/admin/registrations}, guarded by
 * {@link org.childsafe.lti.admin.web.AdminAccessFilter}. Request and response bodies are records bound with
 * JSON-B; failures are problem JSON with stable codes (see {@link org.childsafe.lti.rest.Problem}).
 */
package org.childsafe.lti.registration.rest;
