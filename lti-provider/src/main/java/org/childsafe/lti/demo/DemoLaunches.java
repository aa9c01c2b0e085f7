package org.childsafe.lti.demo;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childsafe.lti.services.ags.AgsEndpoint;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.LtiMessageType;

/**
 * The id_token claims the demo platform sends, shaped like Moodle's (LTI Core 1.3 §5.3–5.4): one course, one
 * resource link per widget, 60-second lifetime. {@code lti_message_hint} carries the widget id, which is how a
 * platform remembers what was clicked between login initiation and launch.
 */
final class DemoLaunches {

    private static final String DEFAULT_WIDGET = "lessons";
    /** lti_message_hint of the demo's deep-linking request ("teacher: add ChildSafe activities"). */
    static final String DEEP_LINKING_HINT = "deeplink";
    /**
     * Suffix of {@code lti_message_hint} for a launch "without cookies": when the authorization request comes from
     * a frame, the demo authorization endpoint removes the tool's binding cookie before posting the launch, as a
     * browser that refuses third-party cookies never had it (the demo platform shares the tool's host, so it can).
     */
    static final String NO_COOKIE_HINT = ":nocookie";
    /** Where the demo platform receives the tool's deep-linking response. */
    static final String DEEP_LINKING_RETURN = "/demo/platform/deeplink-return";

    /**
     * lti_message_hint of a launch of one lesson, {@code <widget>:<lesson id>}: like a course activity a teacher
     * added by deep linking, it carries the custom parameter {@value #LESSON_PARAMETER} and its own resource link.
     */
    static final String WIDGET_ITEM_HINT = "[a-z][a-z0-9-]{1,30}:[a-z0-9-]{3,60}";
    /** Custom parameter naming the lesson of a lessons activity. */
    static final String LESSON_PARAMETER = "childsafe_lesson";

    /** lti_message_hint prefix of an activity added by deep linking: {@code link:<activity id>}. */
    static final String LINK_HINT_PREFIX = "link:";
    /** The demo course's line item container (AGS). */
    static final String LINE_ITEMS = "/demo/platform/lineitems";
    /** The AGS scopes the demo platform grants every launch. */
    static final List<String> AGS_SCOPES = List.of(AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_LINEITEM_READONLY,
            AgsEndpoint.SCOPE_RESULT_READONLY, AgsEndpoint.SCOPE_SCORE);

    private DemoLaunches() {
    }

    static JWTClaimsSet claims(DemoPlatform demo, ToolConfig config, DemoUser user, String nonce, String messageHint,
            Instant now) {
        return claims(demo, new DemoGradebook(), config, user, nonce, messageHint, now);
    }

    /**
     * The launch for {@code messageHint}: the deep-linking request, an activity added by deep linking
     * ({@code link:<id>}: its resource link, URL, custom parameters and gradebook column), or a widget's own link.
     * Every resource link launch carries the AGS endpoint claim (AGS 2.0 §3.1) with the course's line item
     * container and, for a deep-linked graded activity, its {@code lineitem}.
     */
    static JWTClaimsSet claims(DemoPlatform demo, DemoGradebook gradebook, ToolConfig config, DemoUser user,
            String nonce, String messageHint, Instant now) {
        if (DEEP_LINKING_HINT.equals(messageHint)) {
            return deepLinking(demo, config, user, nonce, now);
        }
        Optional<DemoGradebook.Activity> activity = messageHint != null && messageHint.startsWith(LINK_HINT_PREFIX)
                ? gradebook.activity(messageHint.substring(LINK_HINT_PREFIX.length())) : Optional.empty();
        if (activity.isPresent()) {
            return activity(base(demo, config, user, nonce, DEFAULT_WIDGET, now), config, activity.get()).build();
        }
        String widget = messageHint != null && messageHint.matches("[a-z][a-z0-9-]{1,30}") ? messageHint : DEFAULT_WIDGET;
        if (messageHint != null && !messageHint.startsWith(LINK_HINT_PREFIX) && messageHint.matches(WIDGET_ITEM_HINT)) {
            widget = messageHint.substring(0, messageHint.indexOf(':'));
            String lesson = messageHint.substring(messageHint.indexOf(':') + 1);
            return base(demo, config, user, nonce, widget, now)
                    .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "demo-link-" + widget + "-" + lesson,
                            "title", "ChildSafe " + widget + " " + lesson))
                    .claim(LtiClaims.CUSTOM, Map.of("childsafe_widget", widget, LESSON_PARAMETER, lesson))
                    .claim(LtiClaims.AGS_ENDPOINT, ags(config, null))
                    .build();
        }
        return base(demo, config, user, nonce, widget, now)
                .claim(LtiClaims.AGS_ENDPOINT, ags(config, null))
                .build();
    }

    private static JWTClaimsSet.Builder activity(JWTClaimsSet.Builder claims, ToolConfig config,
            DemoGradebook.Activity activity) {
        return claims.claim(LtiClaims.TARGET_LINK_URI, activity.url())
                .claim(LtiClaims.RESOURCE_LINK, Map.of("id", activity.id(), "title", activity.title()))
                .claim(LtiClaims.CUSTOM, activity.custom())
                .claim(LtiClaims.AGS_ENDPOINT, ags(config, activity.lineItemId()));
    }

    private static Map<String, Object> ags(ToolConfig config, String lineItemId) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put(LtiClaims.MEMBER_SCOPE, AGS_SCOPES);
        claim.put(LtiClaims.MEMBER_LINEITEMS, config.baseUrl() + LINE_ITEMS);
        if (lineItemId != null) {
            claim.put(LtiClaims.MEMBER_LINEITEM, config.baseUrl() + LINE_ITEMS + "/" + lineItemId);
        }
        return claim;
    }

    private static JWTClaimsSet.Builder base(DemoPlatform demo, ToolConfig config, DemoUser user, String nonce,
            String widget, Instant now) {
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
                        "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
                .claim(LtiClaims.TOOL_PLATFORM, Map.of("guid", "childsafe-demo-lms", "name", "ChildSafe demo LMS",
                        "product_family_code", "childsafe-demo", "version", "1"))
                .claim(LtiClaims.LAUNCH_PRESENTATION, Map.of("document_target", "iframe", "locale", "vi-VN",
                        "return_url", config.baseUrl() + "/demo/index.xhtml"))
                .claim(LtiClaims.CUSTOM, Map.of("childsafe_widget", widget))
                .claim(LtiClaims.NRPS_NAMES_ROLE_SERVICE, namesRoleService(config));
        return claims;
    }

    /** NRPS 2.0 §3.6.1: where the demo course's membership is. */
    static Map<String, Object> namesRoleService(ToolConfig config) {
        return Map.of(LtiClaims.MEMBER_CONTEXT_MEMBERSHIPS_URL,
                config.baseUrl() + DemoRoster.MEMBERSHIPS_PATH + "/" + DemoPlatform.CONTEXT_ID,
                LtiClaims.MEMBER_SERVICE_VERSIONS, List.of("2.0"));
    }

    /**
     * An LtiDeepLinkingRequest (Deep Linking 2.0 §4.4) as Moodle sends it: no resource_link, settings accepting
     * several ltiResourceLink items with line items, and opaque data the tool must echo.
     */
    static JWTClaimsSet deepLinking(DemoPlatform demo, ToolConfig config, DemoUser user, String nonce, Instant now) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(LtiClaims.MEMBER_DEEP_LINK_RETURN_URL, config.baseUrl() + DEEP_LINKING_RETURN);
        settings.put(LtiClaims.MEMBER_ACCEPT_TYPES, List.of("ltiResourceLink"));
        settings.put(LtiClaims.MEMBER_ACCEPT_PRESENTATION_DOCUMENT_TARGETS, List.of("iframe", "window"));
        settings.put(LtiClaims.MEMBER_ACCEPT_MULTIPLE, true);
        settings.put(LtiClaims.MEMBER_ACCEPT_LINEITEM, true);
        settings.put(LtiClaims.MEMBER_DATA, "demo-course-7a:" + nonce);
        return new JWTClaimsSet.Builder()
                .issuer(demo.issuer())
                .audience(DemoPlatform.CLIENT_ID)
                .subject(user.subject())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(60)))
                .claim(LtiClaims.NONCE, nonce)
                .claim(LtiClaims.NAME, user.displayName())
                .claim(LtiClaims.DEPLOYMENT_ID, DemoPlatform.DEPLOYMENT_ID)
                .claim(LtiClaims.MESSAGE_TYPE, LtiMessageType.DEEP_LINKING.claimValue())
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.TARGET_LINK_URI, config.baseUrl() + "/dl/pick.xhtml")
                .claim(LtiClaims.ROLES, user.roles())
                .claim(LtiClaims.CONTEXT, Map.of("id", DemoPlatform.CONTEXT_ID, "label", "7A",
                        "title", "Lớp 7A — An toàn trên mạng / Online safety"))
                .claim(LtiClaims.LAUNCH_PRESENTATION, Map.of("document_target", "iframe", "locale", "vi-VN"))
                .claim(LtiClaims.DL_DEEP_LINKING_SETTINGS, settings)
                .build();
    }
}
