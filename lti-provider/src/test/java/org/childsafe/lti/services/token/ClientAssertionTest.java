package org.childsafe.lti.services.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.childsafe.lti.testplatform.MutableClock;
import org.junit.jupiter.api.Test;

class ClientAssertionTest {

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final ClientAssertion assertion = new ClientAssertion(() -> ServiceTestData.TOOL_KEY, clock);
    private final TokenEndpoint endpoint = new TokenEndpoint("1", "client-9", URI.create("https://lms.example/token"),
            Optional.empty());

    @Test
    void signsWithToolKeyAndCarriesExactlyTheSecurityFrameworkClaims() throws Exception {
        SignedJWT jwt = SignedJWT.parse(assertion.create(endpoint));

        assertThat(jwt.verify(new RSASSAVerifier(ServiceTestData.TOOL_KEY.toRSAPublicKey()))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("tool-key-7");
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getClaims().keySet()).containsExactlyInAnyOrder("iss", "sub", "aud", "iat", "exp", "jti");
        assertThat(claims.getIssuer()).isEqualTo("client-9");
        assertThat(claims.getSubject()).isEqualTo("client-9");
        assertThat(claims.getAudience()).containsExactly("https://lms.example/token");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(MutableClock.DEFAULT_START);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(MutableClock.DEFAULT_START.plusSeconds(300));
    }

    @Test
    void usesConfiguredTokenAudienceInsteadOfTokenUrl() throws Exception {
        TokenEndpoint withAudience = new TokenEndpoint("1", "client-9", URI.create("https://lms.example/token"),
                Optional.of("https://api.brightspace.com/auth/token"));

        JWTClaimsSet claims = SignedJWT.parse(assertion.create(withAudience)).getJWTClaimsSet();

        assertThat(claims.getAudience()).isEqualTo(List.of("https://api.brightspace.com/auth/token"));
    }

    @Test
    void givesEveryAssertionItsOwnJti() throws Exception {
        String first = SignedJWT.parse(assertion.create(endpoint)).getJWTClaimsSet().getJWTID();
        String second = SignedJWT.parse(assertion.create(endpoint)).getJWTClaimsSet().getJWTID();

        assertThat(first).isNotBlank().isNotEqualTo(second);
    }

    @Test
    void takesTimeFromInjectedClock() throws Exception {
        clock.set(Instant.parse("2026-11-29T05:00:00Z"));

        JWTClaimsSet claims = SignedJWT.parse(assertion.create(endpoint)).getJWTClaimsSet();

        assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.parse("2026-11-29T05:00:00Z"));
    }
}
