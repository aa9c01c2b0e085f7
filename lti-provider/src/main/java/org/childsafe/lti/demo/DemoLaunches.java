package org.childsafe.lti.demo;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.launch.domain.LtiClaims;

/**
 * The id_token claims the demo platform sends, shaped like Moodle's (LTI Core 1.3 §5.3–5.4): one course, one
 * resource link per widget, 60-second lifetime. {@code lti_message_hint} carries the widget id, which is how a
 * platform remembers what was clicked between login initiation and launch.
 */
final class DemoLaunches {

    private static final String DEFAULT_WIDGET = "lessons";

    private DemoLaunches() {
    }

    static JWTClaimsSet claims(DemoPlatform demo, ToolConfig config, DemoUser user, String nonce, String messageHint,
            Instant now) {
        String widget = messageHint != null && messageHint.matches("[a-z][a-z0-9-]{1,30}") ? messageHint : DEFAULT_WIDGET;
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(demo.issuer())
                .audience(DemoPlatform.CLIENT_ID)
                .subject(user.subject())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(60)))
                .claim("nonce", nonce)
                .claim("name", user.displayName())
                .claim(LtiClaims.DEPLOYMENT_ID, DemoPlatform.DEPLOYMENT_ID)
                .claim(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest")
                .claim(LtiClaims.VERSION, "1.3.0")
                .claim(LtiClaims.TARGET_LINK_URI, config.baseUrl() + "/launch/" + widget)
                .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "demo-link-" + widget, "title", "ChildSafe " + widget))
                .claim(LtiClaims.ROLES, user.roles())
                .claim(LtiClaims.CONTEXT, Map.of("id", DemoPlatform.CONTEXT_ID, "label", "7A",
                        "title", "Lớp 7A — An toàn trên mạng / Online safety",
                        "type", java.util.List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
                .claim(LtiClaims.TOOL_PLATFORM, Map.of("guid", "childsafe-demo-lms", "name", "ChildSafe demo LMS",
                        "product_family_code", "childsafe-demo", "version", "1"))
                .claim(LtiClaims.LAUNCH_PRESENTATION, Map.of("document_target", "iframe", "locale", "vi-VN",
                        "return_url", config.baseUrl() + "/demo/index.xhtml"))
                .claim(LtiClaims.CUSTOM, Map.of("childsafe_widget", widget));
        return claims.build();
    }
}
