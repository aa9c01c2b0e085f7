package org.childsafe.lti.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.childsafe.lti.keys.application.ToolKeyService;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.web.AutoPostForm;

/**
 * The demo platform's {@code deep_link_return_url}: it VERIFIES the tool's {@code LtiDeepLinkingResponse} as a real
 * platform would (signature against the tool JWKS by kid, iss = client_id, aud = platform issuer, not expired,
 * message type) and shows the items the teacher chose, so deep linking can be seen end to end. The tool JWKS is read
 * in-process from {@link ToolKeyService#publicJwks()}, the same keys {@code /.well-known/jwks.json} publishes.
 */
@WebServlet(urlPatterns = DemoLaunches.DEEP_LINKING_RETURN)
public class DemoDeepLinkReturnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ToolKeyService toolKeys;

    @Inject
    transient DemoPlatform demo;

    @Inject
    transient Clock clock;

    @Inject
    transient DemoGradebook gradebook;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedJWT signed;
        try {
            signed = verify(request.getParameter("JWT"));
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Deep-linking response refused: " + e.getMessage());
            return;
        }
        try {
            show(response, signed.getHeader().getKeyID(), signed.getJWTClaimsSet());
        } catch (ParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unreadable claims");
        }
    }

    SignedJWT verify(String jwt) throws ParseException, JOSEException {
        if (jwt == null) {
            throw new IllegalArgumentException("no JWT field");
        }
        SignedJWT signed = SignedJWT.parse(jwt);
        JWK key = toolKeys.publicJwks().getKeyByKeyId(signed.getHeader().getKeyID());
        if (!(key instanceof RSAKey rsa) || !signed.verify(new RSASSAVerifier(rsa))) {
            throw new IllegalArgumentException("signature does not verify with the tool JWKS");
        }
        JWTClaimsSet claims = signed.getJWTClaimsSet();
        if (!DemoPlatform.CLIENT_ID.equals(claims.getIssuer()) || !claims.getAudience().contains(demo.issuer())
                || claims.getExpirationTime() == null || claims.getExpirationTime().toInstant().isBefore(clock.instant())
                || !LtiClaims.DEEP_LINKING_RESPONSE.equals(claims.getStringClaim(LtiClaims.MESSAGE_TYPE))
                || !DemoPlatform.DEPLOYMENT_ID.equals(claims.getStringClaim(LtiClaims.DEPLOYMENT_ID))) {
            throw new IllegalArgumentException("iss, aud, exp, message type or deployment is wrong");
        }
        return signed;
    }

    /**
     * Adds the received {@code ltiResourceLink} items to the demo course, each with its gradebook column when it
     * carries a {@code lineItem} (Deep Linking 2.0 §3.4.2), as Moodle does on receiving the response.
     */
    private DemoGradebook.Activity record(Map<?, ?> link) {
        Map<String, String> custom = new java.util.LinkedHashMap<>();
        if (link.get(LtiClaims.ITEM_CUSTOM) instanceof Map<?, ?> values) {
            values.forEach((k, v) -> custom.put(String.valueOf(k), String.valueOf(v)));
        }
        String title = String.valueOf(link.get(LtiClaims.ITEM_TITLE));
        DemoGradebook.Column column = null;
        if (link.get(LtiClaims.ITEM_LINE_ITEM) instanceof Map<?, ?> lineItem
                && lineItem.get(LtiClaims.LINE_ITEM_SCORE_MAXIMUM) instanceof Number max && max.doubleValue() > 0) {
            Object label = lineItem.get(LtiClaims.LINE_ITEM_LABEL);
            column = new DemoGradebook.Column(null, label == null ? title : String.valueOf(label), max.doubleValue(),
                    text(lineItem.get(LtiClaims.LINE_ITEM_RESOURCE_ID)), text(lineItem.get(LtiClaims.LINE_ITEM_TAG)), null);
        }
        return gradebook.addActivity(title, String.valueOf(link.get(LtiClaims.ITEM_URL)), custom, column);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private void show(HttpServletResponse response, String kid, JWTClaimsSet claims) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<title>Demo platform: activities received</title></head><body><main>");
        out.write("<h1>Demo platform: activities received / Hoạt động đã nhận</h1>");
        out.write("<p>The response signature verified with the tool's JWKS (kid "
                + AutoPostForm.escape(kid) + ").</p>");
        List<?> items = (List<?>) claims.getClaim(LtiClaims.DL_CONTENT_ITEMS);
        if (items == null || items.isEmpty()) {
            out.write("<p>No activity was added (cancelled). / Không có hoạt động nào được thêm.</p>");
        } else {
            out.write("<ul>");
            for (Object item : items) {
                Map<?, ?> link = (Map<?, ?>) item;
                DemoGradebook.Activity activity = record(link);
                out.write("<li data-activity=\"" + AutoPostForm.escape(activity.id()) + "\"><strong>"
                        + AutoPostForm.escape(String.valueOf(link.get(LtiClaims.ITEM_TITLE)))
                        + "</strong> — " + AutoPostForm.escape(String.valueOf(link.get(LtiClaims.ITEM_URL))));
                if (link.get(LtiClaims.ITEM_LINE_ITEM) instanceof Map<?, ?> lineItem) {
                    out.write(" — gradebook column: max "
                            + AutoPostForm.escape(String.valueOf(lineItem.get(LtiClaims.LINE_ITEM_SCORE_MAXIMUM)))
                            + ", tag " + AutoPostForm.escape(String.valueOf(lineItem.get(LtiClaims.LINE_ITEM_TAG))));
                }
                for (String as : List.of("student", "teacher")) {
                    out.write(" · <a class=\"demo-activity\" target=\"_top\" id=\"open-" + as + "-"
                            + AutoPostForm.escape(activity.id()) + "\" href=\"../course.xhtml?as=" + as + "&amp;widget="
                            + AutoPostForm.escape(java.net.URLEncoder.encode(activity.messageHint(),
                                    java.nio.charset.StandardCharsets.UTF_8))
                            + "\">Open as " + as + " / Mở với vai trò " + ("student".equals(as) ? "học sinh" : "giáo viên")
                            + "</a>");
                }
                out.write("</li>");
            }
            out.write("</ul>");
            out.write("<p><a href=\"../gradebook.xhtml\" target=\"_top\">Demo gradebook / Sổ điểm demo</a></p>");
        }
        out.write("<p><a href=\"../index.xhtml\" target=\"_top\">Back to the demo / Quay lại</a></p></main></body></html>");
    }
}
