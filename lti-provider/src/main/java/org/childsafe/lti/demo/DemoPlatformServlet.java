package org.childsafe.lti.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.childsafe.lti.launch.web.BindingCookie;
import org.childsafe.lti.web.AutoPostForm;
import org.childsafe.lti.config.ToolConfig;

/**
 * The demo platform's endpoints: {@code /demo/platform/jwks} (its public key) and {@code /demo/platform/auth}
 * (its OIDC authorization endpoint). The authorization endpoint checks the request as a strict platform does
 * (Moodle's {@code auth.php} rules) and answers with an auto-submitted form that posts the signed id_token to
 * the tool's launch URL, or posts an {@code error} back, as real platforms do.
 */
@WebServlet(urlPatterns = {"/demo/platform/jwks", "/demo/platform/auth"})
public class DemoPlatformServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DemoPlatform demo;

    @Inject
    transient ToolConfig config;

    @Inject
    transient Clock clock;

    @Inject
    transient DemoGradebook gradebook;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/jwks")) {
            response.setContentType("application/json");
            response.getWriter().write(new JWKSet(demo.key().toPublicJWK()).toString(true));
            return;
        }
        authorize(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    private void authorize(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String redirectUri = request.getParameter("redirect_uri");
        if (!config.url("/lti/launch").toString().equals(redirectUri)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "redirect_uri is not registered");
            return;
        }
        String error = DemoAuthorizationRules.check(request::getParameter);
        String hint = request.getParameter("lti_message_hint");
        // Like a browser that blocks third-party cookies: only inside a frame (Sec-Fetch-Dest), so the same launch
        // opened in a new top-level window keeps its cookie.
        boolean noCookieLaunch = hint != null && hint.endsWith(DemoLaunches.NO_COOKIE_HINT);
        boolean refuseCookie = noCookieLaunch && "iframe".equals(request.getHeader("Sec-Fetch-Dest"));
        if (noCookieLaunch) {
            hint = hint.substring(0, hint.length() - DemoLaunches.NO_COOKIE_HINT.length());
        }
        var user = DemoUser.byLoginHint(request.getParameter("login_hint"));
        Map<String, String> fields = new LinkedHashMap<>();
        if (error == null && user.isEmpty()) {
            error = "access_denied";
        }
        if (error != null) {
            fields.put("error", error);
            fields.put("error_description", "The demo platform refused the authorization request.");
        } else {
            fields.put("id_token", sign(DemoLaunches.claims(demo, gradebook, config, user.get(),
                    request.getParameter("nonce"), hint, clock.instant())));
        }
        String state = request.getParameter("state");
        if (state != null) {
            fields.put("state", state);
            if (refuseCookie) {
                response.addHeader("Set-Cookie", BindingCookie.name(state) + "=; Path=" + request.getContextPath()
                        + "/lti/launch; Max-Age=0; HttpOnly" + (config.cookieSecure() ? "; Secure; SameSite=None" : "; SameSite=Lax"));
            }
        }
        AutoPostForm.write(response, redirectUri, fields);
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(demo.key().getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(demo.key()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("The demo platform could not sign a launch.", e);
        }
    }

    static Date date(Instant instant) {
        return Date.from(instant);
    }

    static String jti() {
        return UUID.randomUUID().toString();
    }
}
