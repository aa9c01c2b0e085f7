package org.childsafe.lti.demo;

import java.util.function.UnaryOperator;

/**
 * The checks a strict platform applies to the tool's authorization request (OIDC Core §3.1.2.1, IMS Security
 * Framework §5.1.1.2; the same errors Moodle's {@code auth.php} returns). Used by the demo platform so the
 * tool's requests are held to the real rules even in the demo.
 */
final class DemoAuthorizationRules {

    private DemoAuthorizationRules() {
    }

    /** The OAuth error code for a bad request, or {@code null} when the request is acceptable. */
    static String check(UnaryOperator<String> param) {
        if (!"openid".equals(param.apply("scope"))) {
            return "invalid_scope";
        }
        if (!"id_token".equals(param.apply("response_type"))) {
            return "unsupported_response_type";
        }
        if (!DemoPlatform.CLIENT_ID.equals(param.apply("client_id"))) {
            return "unauthorized_client";
        }
        if (!"form_post".equals(param.apply("response_mode")) || !"none".equals(param.apply("prompt"))
                || blank(param.apply("nonce")) || blank(param.apply("state"))) {
            return "invalid_request";
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
