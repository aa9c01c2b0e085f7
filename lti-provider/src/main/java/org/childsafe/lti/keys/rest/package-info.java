/**
 * HTTP endpoints of the tool-key feature, under the {@code /api} JAX-RS root: the public JWK Set that platforms
 * fetch ({@code GET /api/lti/jwks}) and key administration ({@code /api/admin/keys}, protected by the admin
 * filter, not here).
 */
package org.childsafe.lti.keys.rest;
