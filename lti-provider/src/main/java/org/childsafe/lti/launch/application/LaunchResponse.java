package org.childsafe.lti.launch.application;

/**
 * The authentication response the platform form-POSTs to the tool's redirect_uri (IMS Security
 * Framework §5.1.1.3; OIDC Core §3.1.2.5–§3.1.2.6), plus the binding cookie the browser sent.
 *
 * <p>It exists so the launch use case does not depend on the servlet API. All values are
 * untrusted and may be null.
 *
 * @param idToken              the id_token form field
 * @param state                the state form field
 * @param error                the OIDC error code, when the platform refused (e.g. Moodle's
 *                             {@code invalid_request}, {@code access_denied})
 * @param errorDescription     the OIDC error description, if any
 * @param browserBindingCookie the value of the binding cookie set at login initiation, if sent
 */
public record LaunchResponse(String idToken, String state, String error, String errorDescription,
                             String browserBindingCookie) {
}
