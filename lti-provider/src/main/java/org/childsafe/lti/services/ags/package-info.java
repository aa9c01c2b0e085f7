/**
 * Client of Assignment and Grade Services 2.0 (https://www.imsglobal.org/spec/lti-ags/v2p0): the endpoint claim of
 * a launch ({@link org.childsafe.lti.services.ags.AgsEndpoint}, §3.1), line items (§3.2: container GET with
 * filters and {@code Link: rel="next"} paging, POST), and scores (§3.4: POST to {@code <lineitem>/scores}). Each
 * call asks the token layer only for the scopes the launch granted and the operation needs.
 */
package org.childsafe.lti.services.ags;
