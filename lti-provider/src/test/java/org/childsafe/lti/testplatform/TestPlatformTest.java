package org.childsafe.lti.testplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.childsafe.lti.launch.application.HttpJwksFetcher;
import org.childsafe.lti.launch.domain.LtiClaims;

/** The test platform is published in the test-jar, so its own behaviour is pinned down too. */
class TestPlatformTest {

    private final MutableClock clock = MutableClock.atDefaultStart();

    @Test
    void signsValidClaimsWithTheCurrentKeyAndKid() throws Exception {
        TestPlatform platform = new TestPlatform(clock);

        SignedJWT jwt = SignedJWT.parse(platform.sign(platform.claims().nonce("n")));

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(TestPlatform.FIRST_KID);
        assertThat(jwt.verify(new RSASSAVerifier(platform.currentKey().toRSAPublicKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(clock.instant().plusSeconds(60));
    }

    @Test
    void publishesOnlyPublicKeysAndKeepsOldKeysAfterRotation() {
        TestPlatform platform = new TestPlatform(clock);
        platform.rotateKey();

        assertThat(platform.publicJwks().getKeys()).extracting(JWK::getKeyID).containsExactly("tp-1", "tp-2");
        assertThat(platform.publicJwks().getKeys()).noneMatch(JWK::isPrivate);
        assertThat(platform.publicJwks().getKeyByKeyId(platform.badKey().getKeyID())).isNull();
    }

    @Test
    void buildsAnUnsignedTokenByHand() {
        TestPlatform platform = new TestPlatform(clock);

        String token = platform.unsignedToken(platform.claims().build());

        assertThat(token).startsWith("eyJhbGciOiJub25lIn0.").endsWith(".");
    }

    @Test
    void removesSingleMembersOfObjectClaims() {
        TestPlatform platform = new TestPlatform(clock);

        assertThat(platform.claims().removeMember(LtiClaims.CONTEXT, LtiClaims.MEMBER_ID).asMap().get(LtiClaims.CONTEXT))
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .doesNotContainKey(LtiClaims.MEMBER_ID).containsKey(LtiClaims.MEMBER_TITLE);
    }

    @Test
    void servesTheLiveJwksAndRecordsAuthenticationRequests() throws Exception {
        try (TestPlatform platform = new TestPlatform(clock)) {
            platform.startJwksServer();
            HttpJwksFetcher fetcher = new HttpJwksFetcher(Duration.ofSeconds(2), Duration.ofSeconds(2));

            assertThat(fetcher.fetch(platform.jwksUri()).getKeys()).hasSize(1);
            platform.rotateKey();
            assertThat(fetcher.fetch(platform.jwksUri()).getKeys()).hasSize(2);
            assertThat(get(URI.create(platform.authUri() + "?state=abc"))).isEqualTo(204);

            assertThat(platform.jwksRequestCount()).isEqualTo(2);
            assertThat(platform.authRequests()).extracting(URI::getQuery).containsExactly("state=abc");
        }
    }

    private static int get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
