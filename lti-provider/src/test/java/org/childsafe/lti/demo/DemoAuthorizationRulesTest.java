package org.childsafe.lti.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OIDC authorization-request rules the demo platform holds the tool to. */
class DemoAuthorizationRulesTest {

    private static Map<String, String> valid() {
        Map<String, String> params = new HashMap<>();
        params.put("scope", "openid");
        params.put("response_type", "id_token");
        params.put("client_id", DemoPlatform.CLIENT_ID);
        params.put("response_mode", "form_post");
        params.put("prompt", "none");
        params.put("nonce", "n-0S6_WzA2Mj");
        params.put("state", "af0ifjsldkj");
        params.put("redirect_uri", "http://localhost:8080/lti/launch");
        params.put("login_hint", "student");
        return params;
    }

    private static String check(String name, String value) {
        Map<String, String> params = valid();
        params.put(name, value);
        return DemoAuthorizationRules.check(params::get);
    }

    @Test
    void acceptsAValidRequest() {
        assertThat(DemoAuthorizationRules.check(valid()::get)).isNull();
    }

    @Test
    void refusesScopeOtherThanOpenid() {
        assertThat(check("scope", "openid profile")).isEqualTo("invalid_scope");
        assertThat(check("scope", "OPENID")).isEqualTo("invalid_scope");
        assertThat(check("scope", null)).isEqualTo("invalid_scope");
    }

    @Test
    void refusesResponseTypeOtherThanIdToken() {
        assertThat(check("response_type", "code")).isEqualTo("unsupported_response_type");
        assertThat(check("response_type", null)).isEqualTo("unsupported_response_type");
    }

    @Test
    void refusesOtherClient() {
        assertThat(check("client_id", "someone-else")).isEqualTo("unauthorized_client");
        assertThat(check("client_id", null)).isEqualTo("unauthorized_client");
    }

    @Test
    void refusesResponseModeOtherThanFormPost() {
        assertThat(check("response_mode", "query")).isEqualTo("invalid_request");
        assertThat(check("response_mode", null)).isEqualTo("invalid_request");
    }

    @Test
    void refusesPromptOtherThanNone() {
        assertThat(check("prompt", "login")).isEqualTo("invalid_request");
        assertThat(check("prompt", null)).isEqualTo("invalid_request");
    }

    @Test
    void refusesMissingOrBlankNonce() {
        assertThat(check("nonce", null)).isEqualTo("invalid_request");
        assertThat(check("nonce", " ")).isEqualTo("invalid_request");
    }

    @Test
    void refusesMissingOrBlankState() {
        assertThat(check("state", null)).isEqualTo("invalid_request");
        assertThat(check("state", "")).isEqualTo("invalid_request");
    }

    @Test
    void reportsTheScopeErrorFirst() {
        Map<String, String> params = valid();
        params.put("scope", "email");
        params.put("client_id", "someone-else");
        params.remove("nonce");

        assertThat(DemoAuthorizationRules.check(params::get)).isEqualTo("invalid_scope");
    }
}
