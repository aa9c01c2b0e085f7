package org.childsafe.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childsafe.deploy.FacesPages.UnexpectedPageException;

/**
 * The two tool-side steps of an LTI 1.3 launch as a browser makes them (OIDC third-party login, LTI 1.3 core §5.1):
 * the login initiation, which answers with a redirect to the platform carrying {@code state} and {@code nonce}, and
 * the form post of the platform's signed {@code id_token} with that state. Between them a test platform signs the
 * token; the instance the post goes to may differ from the one that started the login (a cluster).
 */
public final class PlatformLaunch {

    private PlatformLaunch() {
    }

    /**
     * Starts a login on the tool {@code browser} talks to.
     *
     * @return the parameters of the redirect to the platform's authorization endpoint (state, nonce, …)
     */
    public static Map<String, String> login(ToolClient browser, String issuer, String clientId, String deploymentId,
            String loginHint, String targetLinkUri) throws IOException, InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", issuer);
        params.put("login_hint", loginHint);
        params.put("target_link_uri", targetLinkUri);
        params.put("client_id", clientId);
        params.put("lti_deployment_id", deploymentId);
        HttpResponse<String> login = browser.get("/lti/login?" + ToolClient.form(params));
        if (login.statusCode() != 302) {
            throw new UnexpectedPageException(login.statusCode(), "login answered " + login.statusCode(), login.body());
        }
        return ToolClient.query(URI.create(login.headers().firstValue("Location").orElseThrow()));
    }

    /** Posts the signed token with the login's state to {@code instance}, as the platform's auto-submitted form does. */
    public static HttpResponse<String> launch(ToolClient browser, URI instance, Map<String, String> auth, String idToken)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", idToken);
        form.put("state", auth.get("state"));
        return browser.send(browser.request(instance + "/lti/launch")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(ToolClient.form(form))));
    }
}
