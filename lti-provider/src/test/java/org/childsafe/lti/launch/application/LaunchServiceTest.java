package org.childsafe.lti.launch.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.lti.launch.application.LaunchAssertions.assertRejected;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;

import com.nimbusds.jose.JWSAlgorithm;

import org.junit.jupiter.api.Test;

import org.childsafe.lti.launch.application.LaunchFixture.Login;
import org.childsafe.lti.launch.domain.LaunchClaims;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.childsafe.lti.launch.domain.LtiMessageType;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.testplatform.MutableClock;
import org.childsafe.lti.testplatform.TestPlatform;

/** The whole flow: login initiation, then the platform's form POST to the launch endpoint. */
class LaunchServiceTest {

    private final LaunchFixture fx = new LaunchFixture();
    private final Login login = fx.startLogin();
    private final String token = fx.platform.sign(fx.claimsFor(login));

    // ------------------------------------------------------------------ accepted

    @Test
    void acceptsAValidLaunchFromTheSameBrowser() {
        LaunchClaims launch = fx.launches.launch(fx.response(login, token));

        assertThat(launch.has(ToolRole.LEARNER)).isTrue();
        assertThat(launch.resourceLinkId()).isEqualTo("rl-17");
    }

    @Test
    void acceptsAnUnboundStateWithoutCookie() {
        Login unbound = new Login(fx.login.initiate(fx.loginRequest(null)).state(), null);
        String unboundToken = fx.platform.sign(fx.claimsFor(unbound));

        assertThat(fx.launches.launch(fx.response(unbound, unboundToken)).subject()).isEqualTo("user-42");
    }

    @Test
    void acceptsAnInstructorDeepLinkingRequest() {
        String dl = fx.platform.sign(fx.platform.deepLinkingClaims().nonce(login.state().nonce()));

        LaunchClaims launch = fx.launches.launch(fx.response(login, dl));

        assertThat(launch.messageType()).isEqualTo(LtiMessageType.DEEP_LINKING);
        assertThat(launch.has(ToolRole.INSTRUCTOR)).isTrue();
    }

    @Test
    void launchesEndToEndAgainstThePlatformJwksOverHttp() throws IOException {
        MutableClock clock = MutableClock.startingNow();
        try (TestPlatform platform = new TestPlatform(clock)) {
            platform.startJwksServer();
            LaunchFixture http = new LaunchFixture(clock, platform,
                    new HttpJwksFetcher(Duration.ofSeconds(2), Duration.ofSeconds(2)), EnumSet.allOf(LtiMessageType.class));
            Login viaHttp = http.startLogin();

            LaunchClaims launch = http.launches.launch(http.response(viaHttp, platform.sign(http.claimsFor(viaHttp))));

            assertThat(launch.issuer()).isEqualTo(platform.issuer());
            assertThat(platform.jwksRequestCount()).isEqualTo(1);
        }
    }

    // ------------------------------------------------------------------ rejected

    @Test
    void rejectsPlatformErrorPostWithoutIdToken() {
        LaunchResponse error = new LaunchResponse(null, login.state().state(), "access_denied", "login_hint mismatch",
                login.cookie());

        assertRejected(LtiErrors.PLATFORM_ERROR, () -> fx.launches.launch(error));
    }

    @Test
    void rejectsResponseWithoutState() {
        assertRejected(LtiErrors.MISSING_STATE,
                () -> fx.launches.launch(new LaunchResponse(token, null, null, null, login.cookie())));
    }

    @Test
    void rejectsUnknownState() {
        assertRejected(LtiErrors.INVALID_STATE,
                () -> fx.launches.launch(new LaunchResponse(token, "forged-state", null, null, login.cookie())));
    }

    @Test
    void rejectsReplayedState() {
        fx.launches.launch(fx.response(login, token));

        assertRejected(LtiErrors.STATE_REPLAYED, () -> fx.launches.launch(fx.response(login, token)));
    }

    @Test
    void rejectsExpiredState() {
        fx.clock.advance(LaunchFixture.STATE_TTL);

        assertRejected(LtiErrors.STATE_EXPIRED, () -> fx.launches.launch(fx.response(login, token)));
    }

    @Test
    void rejectsStateFromAnotherBrowser() {
        Login otherBrowser = new Login(login.state(), BrowserBinding.newCookieValue());

        assertRejected(LtiErrors.STATE_BROWSER_MISMATCH, () -> fx.launches.launch(fx.response(otherBrowser, token)));
    }

    @Test
    void rejectsBoundStateWithoutBindingCookie() {
        Login noCookie = new Login(login.state(), null);

        assertRejected(LtiErrors.STATE_BROWSER_MISMATCH, () -> fx.launches.launch(fx.response(noCookie, token)));
    }

    @Test
    void refusesAForeignStorageAnswerAndBurnsTheState() {
        assertRejected(LtiErrors.STORAGE_ORIGIN_MISMATCH, () -> fx.launches.refuseForeignStorage(login.state().state()));

        assertRejected(LtiErrors.STATE_REPLAYED, () -> fx.launches.launch(fx.response(login, token)));
    }

    @Test
    void rejectsResponseWithoutIdToken() {
        assertRejected(LtiErrors.MISSING_ID_TOKEN, () -> fx.launches.launch(fx.response(login, null)));
    }

    @Test
    void rejectsTokenWhoseNonceBelongsToAnotherLogin() {
        Login second = fx.startLogin();

        assertRejected(LtiErrors.NONCE_MISMATCH, () -> fx.launches.launch(fx.response(second, token)));
    }

    @Test
    void rejectsForgedTokenWithoutBurningTheNonce() {
        String forged = fx.platform.signWith(fx.claimsFor(login).build(), JWSAlgorithm.RS256, fx.platform.badKey(),
                TestPlatform.FIRST_KID);
        assertRejected(LtiErrors.INVALID_SIGNATURE, () -> fx.launches.launch(fx.response(login, forged)));

        assertThat(fx.nonces.isUsed(LaunchFixture.REGISTRATION_ID, login.state().nonce())).isFalse();
    }

    @Test
    void sanitizesThePlatformErrorBeforeLoggingIt() {
        assertThat(LaunchService.sanitize("invalid_request\r\nFAKE LOG LINE")).isEqualTo("invalid_request??FAKE?LOG?LINE");
        assertThat(LaunchService.sanitize("x".repeat(100))).hasSize(64 + 3);
    }
}
