package org.childsafe.lti.launch.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.lti.launch.application.LaunchAssertions.assertRejected;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.childsafe.lti.launch.application.LaunchFixture.Login;
import org.childsafe.lti.launch.domain.LaunchClaims;
import org.childsafe.lti.launch.domain.LaunchState;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.childsafe.lti.launch.domain.LtiMessageType;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.testplatform.LaunchClaimsBuilder;
import org.childsafe.lti.testplatform.TestPlatform;

/**
 * Each negative test changes exactly one thing of a really signed, otherwise valid id_token and
 * asserts the specific error code.
 */
class LaunchTokenVerifierTest {

    private final LaunchFixture fx = new LaunchFixture();
    private final Login login = fx.startLogin();

    private LaunchClaims verify(LaunchClaimsBuilder claims) {
        return fx.verifier.verify(fx.platform.sign(claims), login.state());
    }

    private void assertRejectedClaims(String code, LaunchClaimsBuilder claims) {
        String token = fx.platform.sign(claims);
        assertRejected(code, () -> fx.verifier.verify(token, login.state()));
    }

    private LaunchClaimsBuilder valid() {
        return fx.claimsFor(login);
    }

    @Nested
    class AcceptedLaunches {

        @Test
        void acceptsLearnerLaunchAndExposesValidatedClaims() {
            LaunchClaims launch = verify(valid());

            assertThat(launch.toolRoles()).containsExactly(ToolRole.LEARNER);
            assertThat(launch.issuer()).isEqualTo(TestPlatform.DEFAULT_ISSUER);
            assertThat(launch.clientId()).isEqualTo(TestPlatform.DEFAULT_CLIENT_ID);
            assertThat(launch.registrationId()).isEqualTo(LaunchFixture.REGISTRATION_ID);
            assertThat(launch.deploymentId()).isEqualTo(TestPlatform.DEFAULT_DEPLOYMENT_ID);
            assertThat(launch.subject()).isEqualTo("user-42");
            assertThat(launch.anonymous()).isFalse();
            assertThat(launch.messageType()).isEqualTo(LtiMessageType.RESOURCE_LINK);
            assertThat(launch.resourceLinkId()).isEqualTo("rl-17");
            assertThat(launch.contextId()).isEqualTo("course-5");
            assertThat(launch.contextLabel()).isEqualTo("Y7");
            assertThat(launch.locale()).isEqualTo("vi");
            assertThat(launch.documentTarget()).isEqualTo("iframe");
            assertThat(launch.targetLinkUri()).isEqualTo(fx.platform.targetLinkUri());
            assertThat(launch.custom()).containsEntry("topic", "cyberbullying");
            assertThat(launch.claims()).containsKey(LtiClaims.RESOURCE_LINK);
        }

        @Test
        void acceptsInstructorLaunch() {
            LaunchClaims launch = verify(valid().roles(LaunchClaimsBuilder.INSTRUCTOR));

            assertThat(launch.has(ToolRole.INSTRUCTOR)).isTrue();
            assertThat(launch.has(ToolRole.LEARNER)).isFalse();
        }

        @Test
        void acceptsAdministratorLaunch() {
            LaunchClaims launch = verify(valid().roles(LaunchClaimsBuilder.ADMINISTRATOR));

            assertThat(launch.toolRoles()).containsExactly(ToolRole.ADMINISTRATOR);
        }

        @Test
        void acceptsEmptyRolesAsGuest() {
            assertThat(verify(valid().roles()).toolRoles()).isEmpty();
        }

        @Test
        void acceptsDeepLinkingRequestWhenSupported() {
            LaunchClaims launch = verify(fx.platform.deepLinkingClaims().nonce(login.state().nonce()));

            assertThat(launch.messageType()).isEqualTo(LtiMessageType.DEEP_LINKING);
            assertThat(launch.resourceLinkId()).isNull();
            assertThat(launch.claims()).containsKey(LtiClaims.DL_DEEP_LINKING_SETTINGS);
        }

        @Test
        void acceptsAnonymousLaunchWithoutIdentity() {
            LaunchClaims launch = verify(valid().anonymous());

            assertThat(launch.anonymous()).isTrue();
            assertThat(launch.subject()).isNull();
        }

        @Test
        void acceptsIdentityClaimsWithSub() {
            LaunchClaims launch = verify(valid().identity("An Nguyen", "An", "Nguyen", "an@school.example"));

            assertThat(launch.givenName()).isEqualTo("An");
            assertThat(launch.toString()).doesNotContain("An Nguyen", "an@school.example");
        }

        @Test
        void acceptsTokenExpiredWithinLeeway() {
            fx.clock.advance(Duration.ofSeconds(60 + 50));

            assertThat(verify(valid()).subject()).isEqualTo("user-42");
        }

        @Test
        void acceptsTokenIssuedInTheFutureWithinLeeway() {
            Instant soon = fx.clock.instant().plusSeconds(50);

            assertThat(verify(valid().issuedAt(soon).expiresAt(soon.plusSeconds(60))).anonymous()).isFalse();
        }

        @Test
        void acceptsAudArrayWithAzpForOurClient() {
            LaunchClaimsBuilder claims = valid().audience(TestPlatform.DEFAULT_CLIENT_ID, "other-service")
                    .set(LtiClaims.AUTHORIZED_PARTY, TestPlatform.DEFAULT_CLIENT_ID);

            assertThat(verify(claims).clientId()).isEqualTo(TestPlatform.DEFAULT_CLIENT_ID);
        }

        @Test
        void acceptsKeyRotatedAtThePlatformAfterOneRefetch() {
            verify(valid());
            fx.platform.rotateKey();
            fx.clock.advance(LaunchFixture.MIN_REFETCH);
            Login next = fx.startLogin();

            String token = fx.platform.sign(fx.claimsFor(next));

            assertThat(fx.verifier.verify(token, next.state()).subject()).isEqualTo("user-42");
            assertThat(fx.fetcher.count()).isEqualTo(2);
        }

        @Test
        void exposesImmutableClaims() {
            LaunchClaims launch = verify(valid());

            assertThat(launch.claims()).isUnmodifiable();
            assertThat(launch.custom()).isUnmodifiable();
            assertThat((Map<?, ?>) launch.claims().get(LtiClaims.CONTEXT)).isUnmodifiable();
        }
    }

    @Nested
    class TokenShapeAndSignature {

        private final JWTClaimsSet claims = valid().build();

        @Test
        void rejectsTokenWithTwoParts() {
            String token = fx.platform.sign(claims);
            String twoParts = token.substring(0, token.lastIndexOf('.'));

            assertRejected(LtiErrors.MALFORMED_TOKEN, () -> fx.verifier.verify(twoParts, login.state()));
        }

        @Test
        void rejectsGarbageToken() {
            assertRejected(LtiErrors.MALFORMED_TOKEN, () -> fx.verifier.verify("not.a.jwt!", login.state()));
        }

        @Test
        void rejectsTokenWhosePayloadIsNotJson() {
            String token = fx.platform.sign(claims);
            String[] parts = token.split("\\.");
            String notJson = Base64.getUrlEncoder().withoutPadding().encodeToString("hello".getBytes());

            assertRejected(LtiErrors.MALFORMED_TOKEN,
                    () -> fx.verifier.verify(parts[0] + "." + notJson + "." + parts[2], login.state()));
        }

        @Test
        void rejectsUnsignedTokenWithAlgNone() {
            String token = fx.platform.unsignedToken(claims);

            assertRejected(LtiErrors.UNSUPPORTED_ALG, () -> fx.verifier.verify(token, login.state()));
        }

        @Test
        void rejectsHs256TokenSignedWithThePlatformPublicKey() {
            String token = fx.platform.hs256WithPublicKey(claims);

            assertRejected(LtiErrors.UNSUPPORTED_ALG, () -> fx.verifier.verify(token, login.state()));
        }

        @Test
        void rejectsEs256Token() throws Exception {
            ECKey ec = new ECKeyGenerator(Curve.P_256).keyID(TestPlatform.FIRST_KID).generate();
            String token = fx.platform.signWith(claims, JWSAlgorithm.ES256, ec, TestPlatform.FIRST_KID);

            assertRejected(LtiErrors.UNSUPPORTED_ALG, () -> fx.verifier.verify(token, login.state()));
        }

        @Test
        void rejectsPs256TokenEvenWithThePlatformKey() {
            String token = fx.platform.signWith(claims, JWSAlgorithm.PS256, fx.platform.currentKey(),
                    TestPlatform.FIRST_KID);

            assertRejected(LtiErrors.UNSUPPORTED_ALG, () -> fx.verifier.verify(token, login.state()));
        }

        @Test
        void rejectsTokenWithoutKid() {
            String token = fx.platform.signWith(claims, JWSAlgorithm.RS256, fx.platform.currentKey(), null);

            assertRejected(LtiErrors.MISSING_KID, () -> fx.verifier.verify(token, login.state()));
        }

        @Test
        void rejectsTokenSignedWithBadKeyUnderTheGoodKid() {
            String token = fx.platform.signWith(claims, JWSAlgorithm.RS256, fx.platform.badKey(),
                    TestPlatform.FIRST_KID);

            assertRejected(LtiErrors.INVALID_SIGNATURE, () -> fx.verifier.verify(token, login.state()));
        }

        @Test
        void rejectsTokenWithTamperedPayload() {
            String[] genuine = fx.platform.sign(claims).split("\\.");
            String[] other = fx.platform.sign(valid().roles(LaunchClaimsBuilder.ADMINISTRATOR)).split("\\.");

            assertRejected(LtiErrors.INVALID_SIGNATURE,
                    () -> fx.verifier.verify(genuine[0] + "." + other[1] + "." + genuine[2], login.state()));
        }

        @Test
        void rejectsTokenWithKidUnknownToThePlatform() {
            String token = fx.platform.signWith(claims, JWSAlgorithm.RS256, fx.platform.badKey(), "not-published");

            assertRejected(LtiErrors.UNKNOWN_KID, () -> fx.verifier.verify(token, login.state()));
        }

        @Test
        void rejectsTokenOfAnotherPlatformUsingTheSameKid() {
            TestPlatform impostor = new TestPlatform(fx.clock);
            String token = impostor.sign(claims);

            assertRejected(LtiErrors.INVALID_SIGNATURE, () -> fx.verifier.verify(token, login.state()));
        }

        @Test
        void rejectsTokenWhenTheStateRegistrationIsGone() {
            var orphan = new LaunchState("s", login.state().nonce(), 99L,
                    fx.platform.targetLinkUri(), null, fx.clock.instant().plusSeconds(60));
            String token = fx.platform.sign(claims);

            assertRejected(LtiErrors.UNKNOWN_CLIENT, () -> fx.verifier.verify(token, orphan));
        }

        @Test
        void forgedSignatureDoesNotConsumeTheNonce() {
            String forged = fx.platform.signWith(claims, JWSAlgorithm.RS256, fx.platform.badKey(),
                    TestPlatform.FIRST_KID);
            assertRejected(LtiErrors.INVALID_SIGNATURE, () -> fx.verifier.verify(forged, login.state()));

            assertThat(fx.verifier.verify(fx.platform.sign(claims), login.state()).subject()).isEqualTo("user-42");
        }
    }

    @Nested
    class IdTokenClaims {

        @Test
        void rejectsTokenWithoutIss() {
            assertRejectedClaims(LtiErrors.INVALID_ISSUER, valid().remove(LtiClaims.ISSUER));
        }

        @Test
        void rejectsTokenFromAnotherIssuer() {
            assertRejectedClaims(LtiErrors.INVALID_ISSUER, valid().set(LtiClaims.ISSUER, "https://lms.evil.example"));
        }

        @Test
        void rejectsIssuerThatDiffersOnlyByTrailingSlash() {
            assertRejectedClaims(LtiErrors.INVALID_ISSUER,
                    valid().set(LtiClaims.ISSUER, TestPlatform.DEFAULT_ISSUER + "/"));
        }

        @Test
        void rejectsTokenWithoutAud() {
            assertRejectedClaims(LtiErrors.INVALID_AUDIENCE, valid().remove(LtiClaims.AUDIENCE));
        }

        @Test
        void rejectsTokenForAnotherAudience() {
            assertRejectedClaims(LtiErrors.INVALID_AUDIENCE, valid().audience("another-client"));
        }

        @Test
        void rejectsAudArrayWithBlankEntry() {
            assertRejectedClaims(LtiErrors.UNTRUSTED_AUDIENCE, valid().audience(TestPlatform.DEFAULT_CLIENT_ID, " ")
                    .set(LtiClaims.AUTHORIZED_PARTY, TestPlatform.DEFAULT_CLIENT_ID));
        }

        @Test
        void rejectsAudArrayWithoutAzp() {
            assertRejectedClaims(LtiErrors.MISSING_AZP, valid().audience(TestPlatform.DEFAULT_CLIENT_ID, "other"));
        }

        @Test
        void rejectsAzpOfAnotherClient() {
            assertRejectedClaims(LtiErrors.INVALID_AZP, valid().set(LtiClaims.AUTHORIZED_PARTY, "another-client"));
        }

        @Test
        void rejectsTokenWithoutExp() {
            assertRejectedClaims(LtiErrors.MISSING_EXP, valid().remove(LtiClaims.EXPIRATION));
        }

        @Test
        void rejectsTokenExpiredBeyondLeeway() {
            String token = fx.platform.sign(valid());
            fx.clock.advance(Duration.ofSeconds(60 + 61));

            assertRejected(LtiErrors.TOKEN_EXPIRED, () -> fx.verifier.verify(token, login.state()));
        }

        @Test
        void rejectsTokenWithoutIat() {
            assertRejectedClaims(LtiErrors.MISSING_IAT, valid().remove(LtiClaims.ISSUED_AT));
        }

        @Test
        void rejectsTokenIssuedInTheFutureBeyondLeeway() {
            Instant later = fx.clock.instant().plusSeconds(61);

            assertRejectedClaims(LtiErrors.TOKEN_NOT_YET_VALID, valid().issuedAt(later).expiresAt(later.plusSeconds(60)));
        }

        @Test
        void rejectsTokenOlderThanTheMaximumAge() {
            Instant now = fx.clock.instant();

            assertRejectedClaims(LtiErrors.TOKEN_EXPIRED, valid().issuedAt(now.minus(Duration.ofMinutes(12)))
                    .expiresAt(now.plusSeconds(60)));
        }

        @Test
        void rejectsTokenWithoutNonce() {
            assertRejectedClaims(LtiErrors.MISSING_NONCE, valid().remove(LtiClaims.NONCE));
        }

        @Test
        void rejectsNonceThatDiffersFromTheState() {
            assertRejectedClaims(LtiErrors.NONCE_MISMATCH, valid().nonce("another-nonce"));
        }

        @Test
        void rejectsLaunchWithReusedNonce() {
            String token = fx.platform.sign(valid());
            fx.verifier.verify(token, login.state());

            assertRejected(LtiErrors.NONCE_REPLAYED, () -> fx.verifier.verify(token, login.state()));
        }

        @Test
        void recordsTheNonceOnlyForAnAcceptedLaunch() {
            assertRejectedClaims(LtiErrors.INVALID_ROLES, valid().remove(LtiClaims.ROLES));
            assertThat(fx.nonces.isUsed(LaunchFixture.REGISTRATION_ID, login.state().nonce())).isFalse();

            verify(valid());
            assertThat(fx.nonces.isUsed(LaunchFixture.REGISTRATION_ID, login.state().nonce())).isTrue();
        }
    }

    @Nested
    class LtiCoreClaims {

        @Test
        void rejectsTokenWithoutDeploymentId() {
            assertRejectedClaims(LtiErrors.MISSING_DEPLOYMENT, valid().remove(LtiClaims.DEPLOYMENT_ID));
        }

        @Test
        void rejectsUnknownDeployment() {
            assertRejectedClaims(LtiErrors.UNKNOWN_DEPLOYMENT, valid().set(LtiClaims.DEPLOYMENT_ID, "dep-2"));
        }

        @Test
        void rejectsDeploymentIdLongerThan255() {
            assertRejectedClaims(LtiErrors.INVALID_DEPLOYMENT, valid().set(LtiClaims.DEPLOYMENT_ID, "d".repeat(256)));
        }

        @Test
        void rejectsDeploymentIdThatIsNotAString() {
            assertRejectedClaims(LtiErrors.INVALID_DEPLOYMENT, valid().set(LtiClaims.DEPLOYMENT_ID, 3));
        }

        @Test
        void rejectsTokenWithoutVersion() {
            assertRejectedClaims(LtiErrors.INVALID_VERSION, valid().remove(LtiClaims.VERSION));
        }

        @Test
        void rejectsWrongVersion() {
            assertRejectedClaims(LtiErrors.INVALID_VERSION, valid().set(LtiClaims.VERSION, "1.1.0"));
        }

        @Test
        void rejectsTokenWithoutMessageType() {
            assertRejectedClaims(LtiErrors.UNSUPPORTED_MESSAGE_TYPE, valid().remove(LtiClaims.MESSAGE_TYPE));
        }

        @Test
        void rejectsUnknownMessageType() {
            assertRejectedClaims(LtiErrors.UNSUPPORTED_MESSAGE_TYPE, valid().messageType("LtiSubmissionReviewRequest"));
        }

        @Test
        void rejectsDeepLinkingWhenTheToolDoesNotSupportIt() {
            LaunchFixture resourceLinkOnly = new LaunchFixture(EnumSet.of(LtiMessageType.RESOURCE_LINK));
            Login only = resourceLinkOnly.startLogin();
            String token = resourceLinkOnly.platform.sign(
                    resourceLinkOnly.platform.deepLinkingClaims().nonce(only.state().nonce()));

            assertRejected(LtiErrors.UNSUPPORTED_MESSAGE_TYPE, () -> resourceLinkOnly.verifier.verify(token, only.state()));
        }

        @Test
        void rejectsTokenWithoutRoles() {
            assertRejectedClaims(LtiErrors.INVALID_ROLES, valid().remove(LtiClaims.ROLES));
        }

        @Test
        void rejectsRolesThatAreNotAnArray() {
            assertRejectedClaims(LtiErrors.INVALID_ROLES, valid().set(LtiClaims.ROLES, LaunchClaimsBuilder.LEARNER));
        }

        @Test
        void rejectsRolesWithNonStringEntry() {
            assertRejectedClaims(LtiErrors.INVALID_ROLES, valid().set(LtiClaims.ROLES, List.of(LaunchClaimsBuilder.LEARNER, 7)));
        }
    }

    @Nested
    class MessageClaims {

        @Test
        void rejectsResourceLinkLaunchWithoutResourceLink() {
            assertRejectedClaims(LtiErrors.MISSING_RESOURCE_LINK, valid().remove(LtiClaims.RESOURCE_LINK));
        }

        @Test
        void rejectsResourceLinkWithoutId() {
            assertRejectedClaims(LtiErrors.INVALID_RESOURCE_LINK,
                    valid().removeMember(LtiClaims.RESOURCE_LINK, LtiClaims.MEMBER_ID));
        }

        @Test
        void rejectsBlankResourceLinkId() {
            assertRejectedClaims(LtiErrors.INVALID_RESOURCE_LINK,
                    valid().setMember(LtiClaims.RESOURCE_LINK, LtiClaims.MEMBER_ID, "  "));
        }

        @Test
        void rejectsResourceLinkIdLongerThan255() {
            assertRejectedClaims(LtiErrors.INVALID_RESOURCE_LINK,
                    valid().setMember(LtiClaims.RESOURCE_LINK, LtiClaims.MEMBER_ID, "r".repeat(256)));
        }

        @Test
        void rejectsResourceLinkThatIsNotAnObject() {
            assertRejectedClaims(LtiErrors.INVALID_RESOURCE_LINK, valid().set(LtiClaims.RESOURCE_LINK, "rl-17"));
        }

        @Test
        void rejectsResourceLinkLaunchWithoutTargetLinkUri() {
            assertRejectedClaims(LtiErrors.MISSING_TARGET_LINK_URI, valid().remove(LtiClaims.TARGET_LINK_URI));
        }

        @Test
        void rejectsTargetLinkUriOnAnotherOrigin() {
            assertRejectedClaims(LtiErrors.INVALID_TARGET_LINK_URI,
                    valid().set(LtiClaims.TARGET_LINK_URI, "https://evil.example/lessons/online-safety-1"));
        }

        @Test
        void rejectsTargetLinkUriWithAnotherPort() {
            assertRejectedClaims(LtiErrors.INVALID_TARGET_LINK_URI,
                    valid().set(LtiClaims.TARGET_LINK_URI, "https://tool.test.example:8443/lessons/1"));
        }

        @Test
        void rejectsDeepLinkingRequestWithoutSettings() {
            assertRejectedClaims(LtiErrors.INVALID_DEEP_LINKING_SETTINGS, fx.platform.deepLinkingClaims()
                    .nonce(login.state().nonce()).remove(LtiClaims.DL_DEEP_LINKING_SETTINGS));
        }
    }

    @Nested
    class IdentityAndOptionalClaims {

        @Test
        void rejectsBlankSub() {
            assertRejectedClaims(LtiErrors.INVALID_SUB, valid().set(LtiClaims.SUBJECT, " "));
        }

        @Test
        void rejectsSubLongerThan255() {
            assertRejectedClaims(LtiErrors.INVALID_SUB, valid().set(LtiClaims.SUBJECT, "u".repeat(256)));
        }

        @Test
        void rejectsAnonymousLaunchWithName() {
            assertRejectedClaims(LtiErrors.ANONYMOUS_WITH_IDENTITY, valid().anonymous().set(LtiClaims.NAME, "An Nguyen"));
        }

        @Test
        void rejectsAnonymousLaunchWithEmail() {
            assertRejectedClaims(LtiErrors.ANONYMOUS_WITH_IDENTITY,
                    valid().anonymous().set(LtiClaims.EMAIL, "an@school.example"));
        }

        @Test
        void rejectsNameThatIsNotAString() {
            assertRejectedClaims(LtiErrors.INVALID_CLAIM, valid().set(LtiClaims.NAME, List.of("An")));
        }

        @Test
        void rejectsContextWithoutId() {
            assertRejectedClaims(LtiErrors.INVALID_CONTEXT, valid().removeMember(LtiClaims.CONTEXT, LtiClaims.MEMBER_ID));
        }

        @Test
        void rejectsContextIdLongerThan255() {
            assertRejectedClaims(LtiErrors.INVALID_CONTEXT,
                    valid().setMember(LtiClaims.CONTEXT, LtiClaims.MEMBER_ID, "c".repeat(256)));
        }

        @Test
        void rejectsCustomWithNonStringValue() {
            assertRejectedClaims(LtiErrors.INVALID_CLAIM, valid().setMember(LtiClaims.CUSTOM, "attempts", 3));
        }

        @Test
        void rejectsReturnUrlWithJavascriptScheme() {
            assertRejectedClaims(LtiErrors.INVALID_CLAIM, valid().setMember(LtiClaims.LAUNCH_PRESENTATION,
                    LtiClaims.MEMBER_RETURN_URL, "javascript:alert(1)"));
        }
    }
}
