package org.childsafe.lti.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.config.ToolConfigTestData;
import org.childsafe.lti.deeplinking.DeepLinkingSettings;
import org.childsafe.lti.launch.application.LaunchTokenVerifier;
import org.childsafe.lti.launch.application.PlatformKeySource;
import org.childsafe.lti.launch.domain.LaunchClaims;
import org.childsafe.lti.launch.domain.LaunchState;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.LtiMessageType;
import org.childsafe.lti.launch.domain.RegistrationRef;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.testplatform.InMemoryNonceStore;
import org.childsafe.lti.testplatform.InMemoryRegistrationDirectory;
import org.childsafe.lti.testplatform.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demo platform's id_tokens pass the tool's real launch verifier, so the demo exercises the genuine
 * validation path rather than a shortcut.
 */
class DemoLaunchesTest {

    private static final long REGISTRATION_ID = 7L;
    private static final String NONCE = "demo-nonce-1";

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final ToolConfig config = ToolConfigTestData.demo("http://localhost:8080");
    private final DemoPlatform demo = new DemoPlatform();
    private final InMemoryNonceStore nonces = new InMemoryNonceStore();
    private final LaunchTokenVerifier verifier;

    DemoLaunchesTest() {
        demo.config = config;
        InMemoryRegistrationDirectory directory = new InMemoryRegistrationDirectory().add(
                new RegistrationRef(REGISTRATION_ID, demo.issuer(), DemoPlatform.CLIENT_ID, demo.authUrl(),
                        demo.jwksUrl()), DemoPlatform.DEPLOYMENT_ID);
        PlatformKeySource keys = new PlatformKeySource(uri -> new JWKSet(demo.key().toPublicJWK()), clock,
                Duration.ofMinutes(5), Duration.ofSeconds(10));
        verifier = new LaunchTokenVerifier(clock, config.leeway(), directory, keys, nonces, config.baseUrl(),
                EnumSet.allOf(LtiMessageType.class));
    }

    private JWTClaimsSet claims(DemoUser user, String messageHint) {
        return claims(user, NONCE, messageHint);
    }

    private JWTClaimsSet claims(DemoUser user, String nonce, String messageHint) {
        return DemoLaunches.claims(demo, config, user, nonce, messageHint, clock.instant());
    }

    /** Signed as {@code DemoPlatformServlet} signs: RS256, the demo key's kid, typ JWT. */
    private String sign(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(demo.key().getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(demo.key()));
        return jwt.serialize();
    }

    /** Verifies against a login state that holds the token's nonce, as the tool's login initiation saves it. */
    private LaunchClaims verify(JWTClaimsSet claims) throws JOSEException {
        String nonce = (String) claims.getClaim("nonce");
        LaunchState state = new LaunchState("state-" + nonce, nonce, REGISTRATION_ID,
                config.baseUrl() + "/launch/lessons", null, clock.instant().plusSeconds(600));
        return verifier.verify(sign(claims), state);
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void demoLaunchPassesTheRealVerifierForEveryDemoUser(DemoUser user) throws JOSEException {
        LaunchClaims launch = verify(claims(user, "report"));

        assertThat(launch.issuer()).isEqualTo("http://localhost:8080/demo");
        assertThat(launch.clientId()).isEqualTo(DemoPlatform.CLIENT_ID);
        assertThat(launch.deploymentId()).isEqualTo(DemoPlatform.DEPLOYMENT_ID);
        assertThat(launch.subject()).isEqualTo(user.subject());
        assertThat(launch.name()).isEqualTo(user.displayName());
        assertThat(launch.messageType()).isEqualTo(LtiMessageType.RESOURCE_LINK);
        assertThat(launch.contextId()).isEqualTo(DemoPlatform.CONTEXT_ID);
        assertThat(launch.resourceLinkId()).isEqualTo("demo-link-report");
        assertThat(launch.targetLinkUri()).isEqualTo("http://localhost:8080/launch/report");
        assertThat(launch.custom()).containsEntry("childsafe_widget", "report");
        assertThat(launch.locale()).isEqualTo("vi-VN");
        assertThat(nonces.isUsed(REGISTRATION_ID, NONCE)).isTrue();
    }

    @Test
    void aLessonHintLaunchesThatLessonWithItsOwnResourceLink() throws JOSEException {
        LaunchClaims launch = verify(claims(DemoUser.STUDENT, "lessons:personal-info"));

        assertThat(launch.custom()).containsEntry("childsafe_widget", "lessons")
                .containsEntry(DemoLaunches.LESSON_PARAMETER, "personal-info");
        assertThat(launch.resourceLinkId()).isEqualTo("demo-link-lessons-personal-info");
        assertThat(launch.targetLinkUri()).isEqualTo("http://localhost:8080/launch/lessons");
    }

    @Test
    void deepLinkingRequestPassesTheRealVerifierAndItsSettingsParse() throws JOSEException {
        LaunchClaims launch = verify(claims(DemoUser.TEACHER, DemoLaunches.DEEP_LINKING_HINT));
        DeepLinkingSettings settings = DeepLinkingSettings.from(launch);

        assertThat(launch.messageType()).isEqualTo(LtiMessageType.DEEP_LINKING);
        assertThat(launch.resourceLinkId()).isNull();
        assertThat(settings.returnUrl()).isEqualTo("http://localhost:8080/demo/platform/deeplink-return");
        assertThat(settings.acceptsResourceLinks()).isTrue();
        assertThat(settings.acceptMultiple()).isTrue();
        assertThat(settings.acceptLineItem()).isTrue();
        assertThat(settings.data()).isEqualTo("demo-course-7a:" + NONCE);
    }

    @Test
    void demoUsersGetTheirToolRoles() throws JOSEException {
        Map<DemoUser, Set<ToolRole>> expected = Map.of(
                DemoUser.STUDENT, Set.of(ToolRole.LEARNER),
                DemoUser.TEACHER, Set.of(ToolRole.INSTRUCTOR),
                DemoUser.COUNSELOR, Set.of(ToolRole.INSTRUCTOR),
                DemoUser.ADMIN, Set.of(ToolRole.ADMINISTRATOR));

        for (DemoUser user : DemoUser.values()) {
            LaunchClaims launch = verify(claims(user, "nonce-" + user.loginHint(), "lessons"));

            assertThat(launch.toolRoles()).as(user.name()).isEqualTo(expected.get(user));
        }
    }

    @Test
    void messageHintThatIsNotAWidgetIdFallsBackToLessons() throws ParseException {
        for (String hint : new String[] {"../admin", "<script>", "Lessons", "report/../../admin", "", null}) {
            JWTClaimsSet claims = claims(DemoUser.STUDENT, hint);

            assertThat(claims.getStringClaim(LtiClaims.TARGET_LINK_URI)).as(hint)
                    .isEqualTo("http://localhost:8080/launch/lessons");
            assertThat(claims.getJSONObjectClaim(LtiClaims.CUSTOM)).as(hint).containsEntry("childsafe_widget", "lessons");
        }
    }

    @Test
    void fallbackLaunchIsStillAccepted() throws JOSEException {
        LaunchClaims launch = verify(claims(DemoUser.TEACHER, "../admin"));

        assertThat(launch.targetLinkUri()).isEqualTo("http://localhost:8080/launch/lessons");
        assertThat(launch.custom()).containsEntry("childsafe_widget", "lessons");
    }

    @Test
    void tokenExpiresAfterSixtySeconds() {
        JWTClaimsSet claims = claims(DemoUser.STUDENT, "lessons");

        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(clock.instant());
    }
}
