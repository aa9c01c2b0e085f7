/**
 * Calls from the tool to LTI Advantage services of a platform: the OAuth 2 access token the tool obtains with a
 * signed JWT assertion (IMS Security Framework 1.0 §4.1, client credentials grant with a JWT bearer client
 * assertion, RFC 7523) in {@code services.token}, and the Assignment and Grade Services 2.0 client in
 * {@code services.ags}, and the Names and Role Provisioning Services 2.0 client in {@code services.nrps}. Every expected failure is a {@link org.childsafe.lti.services.ServiceException} with a
 * stable code from {@link org.childsafe.lti.services.ServiceErrors}. Plain Java: no CDI or JAX-RS here.
 */
package org.childsafe.lti.services;
