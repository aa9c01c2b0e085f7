/**
 * The OAuth 2 access token a tool needs to call LTI Advantage services (IMS Security Framework 1.0 §4.1,
 * https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant):
 * the client credentials grant authenticated with a JWT bearer client assertion (RFC 7523 §2.2 and §3) signed
 * with the tool's current key ({@link org.childsafe.lti.services.token.ClientAssertion}), the token request
 * ({@link org.childsafe.lti.services.token.AccessTokenClient}), a per (registration, scope set) cache
 * ({@link org.childsafe.lti.services.token.TokenCache}) and {@link org.childsafe.lti.services.token.ServiceClient},
 * which sends a service request with the bearer token and, on a 401, refreshes the token and retries once.
 */
package org.childsafe.lti.services.token;
