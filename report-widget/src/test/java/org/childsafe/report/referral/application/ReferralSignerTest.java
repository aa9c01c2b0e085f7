package org.childsafe.report.referral.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.childsafe.report.referral.NetworkTestKeys;
import org.childsafe.report.referral.ReferralTestData;
import org.junit.jupiter.api.Test;

class ReferralSignerTest {

    static final RSAKey TOOL_KEY = NetworkTestKeys.generate("tool-7");
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final String KEY = "5f0c7a0e-1b9d-4e51-9a3c-1c2d3e4f5a6b";

    final ReferralSigner signer = new ReferralSigner(() -> TOOL_KEY, "https://childsafe.school.example",
            "https://network.example.vn/referrals", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void signsWithTheToolKeyAndItsKid() throws Exception {
        SignedJWT jwt = SignedJWT.parse(signer.sign(KEY, ReferralTestData.payload().toJson()));

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("tool-7");
        assertThat(jwt.getHeader().getType().getType()).isEqualTo(ReferralSigner.TYPE);
        assertThat(jwt.verify(new RSASSAVerifier(TOOL_KEY.toPublicJWK()))).isTrue();
    }

    @Test
    void carriesIssuerAudienceTimeIdempotencyKeyAndThePayload() throws Exception {
        Map<String, Object> payload = ReferralTestData.payload().toJson();

        var claims = SignedJWT.parse(signer.sign(KEY, payload)).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo("https://childsafe.school.example");
        assertThat(claims.getAudience()).containsExactly("https://network.example.vn/referrals");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getJWTID()).isEqualTo(KEY);
        assertThat(claims.getJSONObjectClaim("referral")).containsEntry("case_reference", "CSR-ABCDEFGH23456789")
                .containsEntry("summary", payload.get("summary"));
        assertThat(claims.getClaims().keySet()).containsExactlyInAnyOrder("iss", "aud", "iat", "jti", "referral");
    }

    @Test
    void aSignatureDoesNotVerifyWithAnotherKey() throws Exception {
        SignedJWT jwt = SignedJWT.parse(signer.sign(KEY, ReferralTestData.payload().toJson()));

        assertThat(jwt.verify(new RSASSAVerifier(NetworkTestKeys.generate("other").toPublicJWK()))).isFalse();
    }
}
