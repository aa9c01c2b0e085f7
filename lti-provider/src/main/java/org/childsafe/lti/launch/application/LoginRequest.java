package org.childsafe.lti.launch.application;

/**
 * The parameters of a third-party initiated login (IMS Security Framework §5.1.1.1; LTI Core 1.3
 * §4.1), as the web layer read them from the GET query or POST form.
 *
 * <p>It exists so the login use case does not depend on the servlet API. All values are
 * untrusted and may be null; {@link LoginInitiationService} validates them. Canvas names the
 * deployment parameter {@code deployment_id}: the web layer maps either name to
 * {@code ltiDeploymentId}.
 *
 * @param iss             the platform issuer (required)
 * @param loginHint       opaque platform user hint, echoed to the platform (required)
 * @param targetLinkUri   where the launch should end up (required, tool origin only)
 * @param ltiMessageHint  opaque platform hint, echoed unchanged when present
 * @param clientId        the tool's client_id at the platform, optional
 * @param ltiDeploymentId the deployment id, optional
 * @param ltiStorageTarget the postMessage storage frame name, optional (LTI client-side storage)
 * @param browserBinding  the raw random cookie value the web layer will set, or null when it
 *                        cannot set one (e.g. third-party cookies blocked)
 */
public record LoginRequest(String iss, String loginHint, String targetLinkUri, String ltiMessageHint,
                           String clientId, String ltiDeploymentId, String ltiStorageTarget,
                           String browserBinding) {
}
