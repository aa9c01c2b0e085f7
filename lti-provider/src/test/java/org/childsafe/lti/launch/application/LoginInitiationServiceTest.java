package org.childsafe.lti.launch.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.lti.launch.application.LaunchAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.childsafe.lti.launch.domain.LaunchState;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.childsafe.lti.launch.domain.RegistrationRef;
import org.childsafe.lti.testplatform.InMemoryRegistrationDirectory;
import org.childsafe.lti.testplatform.InMemoryStateStore;
import org.childsafe.lti.testplatform.TestPlatform;

class LoginInitiationServiceTest {

    private static final int ISS = 0;
    private static final int LOGIN_HINT = 1;
    private static final int TARGET_LINK_URI = 2;
    private static final int MESSAGE_HINT = 3;
    private static final int CLIENT_ID = 4;
    private static final int DEPLOYMENT_ID = 5;
    private static final int STORAGE_TARGET = 6;

    private final LaunchFixture fx = new LaunchFixture();
    private final LoginRequest valid = fx.loginRequest("raw-cookie-value");

    // ------------------------------------------------------------------ accepted

    @Test
    void buildsTheAuthenticationRequestWithAllParameters() {
        AuthorizationRedirect redirect = fx.login.initiate(valid);
        LaunchState state = redirect.state();

        assertThat(redirect.authUri()).isEqualTo(fx.platform.authUri());
        assertThat(redirect.params()).containsExactly(
                Map.entry("scope", "openid"),
                Map.entry("response_type", "id_token"),
                Map.entry("response_mode", "form_post"),
                Map.entry("prompt", "none"),
                Map.entry("client_id", TestPlatform.DEFAULT_CLIENT_ID),
                Map.entry("redirect_uri", LaunchFixture.REDIRECT_URI.toString()),
                Map.entry("login_hint", "user-42"),
                Map.entry("state", state.state()),
                Map.entry("nonce", state.nonce()),
                Map.entry("lti_message_hint", valid.ltiMessageHint()));
    }

    @Test
    void savesTheStateWithTheBrowserBindingHash() {
        LaunchState state = fx.login.initiate(valid).state();

        assertThat(fx.states.saved()).containsExactly(state);
        assertThat(state.registrationId()).isEqualTo(LaunchFixture.REGISTRATION_ID);
        assertThat(state.targetLinkUri()).isEqualTo(fx.platform.targetLinkUri());
        assertThat(state.browserBinding()).isEqualTo(BrowserBinding.hash("raw-cookie-value")).hasSize(64);
        assertThat(state.expiresAt()).isEqualTo(fx.clock.instant().plus(LaunchFixture.STATE_TTL));
    }

    @Test
    void keepsThePlatformStorageTargetAndTheRelaunchQueryWithTheState() {
        LoginRequest withStorage = new LoginRequest(valid.iss(), valid.loginHint(), valid.targetLinkUri(),
                valid.ltiMessageHint(), valid.clientId(), valid.ltiDeploymentId(), "post_message_forwarding", "raw");

        LaunchState state = fx.login.initiate(withStorage).state();

        assertThat(state.hasPlatformStorage()).isTrue();
        assertThat(state.storageTarget()).isEqualTo("post_message_forwarding");
        assertThat(state.relaunchQuery()).startsWith("iss=").contains("login_hint=user-42")
                .doesNotContain("lti_storage_target");
    }

    @Test
    void refusesAStorageTargetThatIsNoFrameName() {
        LoginRequest hostile = new LoginRequest(valid.iss(), valid.loginHint(), valid.targetLinkUri(),
                valid.ltiMessageHint(), valid.clientId(), valid.ltiDeploymentId(), "x'];alert(1)//", "raw");

        org.junit.jupiter.api.Assertions.assertThrows(org.childsafe.lti.launch.domain.InvalidLaunchException.class,
                () -> fx.login.initiate(hostile));
        assertThat(fx.states.saved()).isEmpty();
    }

    @Test
    void savesAnUnboundStateWhenNoCookieCanBeSet() {
        assertThat(fx.login.initiate(fx.loginRequest(null)).state().isBrowserBound()).isFalse();
    }

    @Test
    void generatesFreshUnguessableStateAndNonce() {
        LaunchState first = fx.login.initiate(valid).state();
        LaunchState second = new LaunchFixture().login.initiate(valid).state();

        assertThat(first.state()).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
        assertThat(first.nonce()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(first.state());
        assertThat(second.state()).isNotEqualTo(first.state());
        assertThat(second.nonce()).isNotEqualTo(first.nonce());
    }

    @Test
    void echoesTheMessageHintUnchangedInTheRedirectUrl() {
        URI uri = fx.login.initiate(valid).toUri();

        assertThat(uri.getRawQuery()).doesNotContain("{", "\"", " ");
        assertThat(query(uri)).containsEntry("lti_message_hint", valid.ltiMessageHint());
    }

    @Test
    void omitsTheMessageHintWhenNoneWasReceived() {
        LoginRequest withoutHint = new LoginRequest(valid.iss(), valid.loginHint(), valid.targetLinkUri(), null,
                valid.clientId(), valid.ltiDeploymentId(), null, null);

        assertThat(fx.login.initiate(withoutHint).params()).doesNotContainKey("lti_message_hint");
    }

    @Test
    void appendsToAnAuthUriThatAlreadyHasAQuery() {
        RegistrationRef withQuery = new RegistrationRef(7, "https://canvas.test.example", "c-7",
                URI.create("https://sso.test.example/api/lti/authorize_redirect?tenant=a%20b"), fx.platform.jwksUri());
        fx.directory.add(withQuery);
        LoginRequest req = new LoginRequest("https://canvas.test.example", "hint", fx.platform.targetLinkUri(),
                null, "c-7", null, "post_message_forwarding", null);

        URI uri = fx.login.initiate(req).toUri();

        assertThat(uri.toString()).startsWith("https://sso.test.example/api/lti/authorize_redirect?tenant=a%20b&scope=openid&");
        assertThat(query(uri)).containsEntry("tenant", "a b").containsEntry("client_id", "c-7")
                .containsEntry("redirect_uri", LaunchFixture.REDIRECT_URI.toString());
    }

    @Test
    void usesTheOnlyRegistrationWhenClientIdIsAbsent() {
        LoginRequest req = new LoginRequest(valid.iss(), valid.loginHint(), valid.targetLinkUri(), null, null, null,
                null, null);

        assertThat(fx.login.initiate(req).params()).containsEntry("client_id", TestPlatform.DEFAULT_CLIENT_ID);
    }

    // ------------------------------------------------------------------ rejected

    @Test
    void rejectsLoginWithoutIss() {
        assertLoginRejected(LtiErrors.MISSING_PARAM, with(ISS, null));
    }

    @Test
    void rejectsLoginWithoutLoginHint() {
        assertLoginRejected(LtiErrors.MISSING_PARAM, with(LOGIN_HINT, " "));
    }

    @Test
    void rejectsLoginWithoutTargetLinkUri() {
        assertLoginRejected(LtiErrors.MISSING_PARAM, with(TARGET_LINK_URI, null));
    }

    @Test
    void rejectsUnknownIssuer() {
        assertLoginRejected(LtiErrors.UNKNOWN_ISSUER, with(ISS, "https://unknown.example"));
    }

    @Test
    void rejectsUnknownIssuerWithoutClientId() {
        LoginRequest req = new LoginRequest("https://unknown.example", "hint", valid.targetLinkUri(), null, null, null,
                null, null);

        assertLoginRejected(LtiErrors.UNKNOWN_ISSUER, req);
    }

    @Test
    void rejectsUnknownClientOfAKnownIssuer() {
        assertLoginRejected(LtiErrors.UNKNOWN_CLIENT, with(CLIENT_ID, "other-client"));
    }

    @Test
    void rejectsAmbiguousClientWhenTheIssuerHasTwoRegistrations() {
        fx.directory.add(new RegistrationRef(2, TestPlatform.DEFAULT_ISSUER, "second-client",
                fx.platform.authUri(), fx.platform.jwksUri()));

        assertLoginRejected(LtiErrors.AMBIGUOUS_CLIENT, with(CLIENT_ID, null));
    }

    @Test
    void rejectsTargetLinkUriOnAnotherOrigin() {
        assertLoginRejected(LtiErrors.INVALID_TARGET_LINK_URI, with(TARGET_LINK_URI, "https://evil.example/phish"));
    }

    @Test
    void rejectsTargetLinkUriThatHidesAnotherHostBehindUserInfo() {
        assertLoginRejected(LtiErrors.INVALID_TARGET_LINK_URI,
                with(TARGET_LINK_URI, "https://tool.test.example@evil.example/"));
    }

    @Test
    void rejectsRelativeTargetLinkUri() {
        assertLoginRejected(LtiErrors.INVALID_TARGET_LINK_URI, with(TARGET_LINK_URI, "//evil.example/x"));
    }

    @Test
    void rejectsJavascriptTargetLinkUri() {
        assertLoginRejected(LtiErrors.INVALID_TARGET_LINK_URI, with(TARGET_LINK_URI, "javascript:alert(1)"));
    }

    @Test
    void rejectsPlainHttpTargetLinkUriForAnHttpsTool() {
        assertLoginRejected(LtiErrors.INVALID_TARGET_LINK_URI,
                with(TARGET_LINK_URI, "http://tool.test.example/lessons/1"));
    }

    @Test
    void rejectsUnknownLtiDeploymentId() {
        assertLoginRejected(LtiErrors.UNKNOWN_DEPLOYMENT, with(DEPLOYMENT_ID, "dep-unknown"));
    }

    @Test
    void rejectsOverlongLoginHint() {
        assertLoginRejected(LtiErrors.INVALID_LOGIN_HINT, with(LOGIN_HINT, "h".repeat(2049)));
    }

    @Test
    void rejectsLoginHintWithControlCharacters() {
        assertLoginRejected(LtiErrors.INVALID_LOGIN_HINT, with(LOGIN_HINT, "user\r\nSet-Cookie: x"));
    }

    @Test
    void rejectsOverlongMessageHint() {
        assertLoginRejected(LtiErrors.INVALID_PARAM, with(MESSAGE_HINT, "m".repeat(8193)));
    }

    @Test
    void rejectsStorageTargetWithScriptCharacters() {
        assertLoginRejected(LtiErrors.INVALID_PARAM, with(STORAGE_TARGET, "_parent');alert(1)//"));
    }

    @Test
    void refusesARedirectUriOffTheToolOrigin() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoginInitiationService(new InMemoryRegistrationDirectory(), new InMemoryStateStore(),
                        fx.clock, LaunchFixture.STATE_TTL, LaunchFixture.TOOL_BASE_URL,
                        URI.create("https://evil.example/lti/launch")));
    }

    // ------------------------------------------------------------------ helpers

    /** Asserts the rejection code and that no state was saved for the rejected login. */
    private void assertLoginRejected(String code, LoginRequest req) {
        assertRejected(code, () -> fx.login.initiate(req));
        assertThat(fx.states.saved()).isEmpty();
    }

    /** The valid request with component {@code index} (declaration order of LoginRequest) replaced. */
    private LoginRequest with(int index, String value) {
        String[] v = {valid.iss(), valid.loginHint(), valid.targetLinkUri(), valid.ltiMessageHint(),
                valid.clientId(), valid.ltiDeploymentId(), valid.ltiStorageTarget(), valid.browserBinding()};
        v[index] = value;
        return new LoginRequest(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2)).forEach(pair -> params.put(
                URLDecoder.decode(pair[0], StandardCharsets.UTF_8), URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        return params;
    }
}
