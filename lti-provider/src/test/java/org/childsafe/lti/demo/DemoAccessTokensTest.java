package org.childsafe.lti.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import org.childsafe.lti.config.ToolConfigTestData;
import org.childsafe.lti.keys.application.InMemoryToolKeyRepository;
import org.childsafe.lti.keys.application.ToolKeyService;
import org.childsafe.lti.keys.application.ToolKeyTestData;
import org.childsafe.lti.services.ags.AgsEndpoint;
import org.childsafe.lti.services.token.ClientAssertion;
import org.childsafe.lti.services.token.TokenEndpoint;
import org.childsafe.lti.keys.application.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo token endpoint checks the tool's client assertion as a strict platform does. */
class DemoAccessTokensTest {

    private static final String SCOPES = AgsEndpoint.SCOPE_SCORE + " " + AgsEndpoint.SCOPE_LINEITEM + " https://other/scope";

    private final MutableClock clock = new MutableClock(ToolKeyTestData.START);
    private final DemoAccessTokens tokens = new DemoAccessTokens();
    private ToolKeyService keys;
    private DemoPlatform demo;
    private TokenEndpoint endpoint;

    @BeforeEach
    void setUp() {
        keys = ToolKeyTestData.service(new InMemoryToolKeyRepository(), clock);
        keys.ensureKeys();
        demo = new DemoPlatform();
        demo.config = ToolConfigTestData.demo("http://localhost:8080");
        tokens.toolKeys = keys;
        tokens.demo = demo;
        endpoint = new TokenEndpoint("1", DemoPlatform.CLIENT_ID, demo.tokenUrl(), Optional.empty());
    }

    @Test
    void issuesASixtySecondTokenForTheOfferedScopesOnly() throws Exception {
        DemoAccessTokens.Issued issued = issue(new ClientAssertion(keys, clock).create(endpoint));

        assertThat(issued.expiresIn()).isEqualTo(60);
        assertThat(issued.scopes()).containsExactlyInAnyOrder(AgsEndpoint.SCOPE_SCORE, AgsEndpoint.SCOPE_LINEITEM);
        assertThat(tokens.scopes(issued.token(), clock.instant())).contains(issued.scopes());
        assertThat(tokens.scopes(issued.token(), clock.instant().plusSeconds(60))).isEmpty();
        assertThat(tokens.scopes("guess", clock.instant())).isEmpty();
    }

    @Test
    void refusesAReplayedAssertion() throws Exception {
        String assertion = new ClientAssertion(keys, clock).create(endpoint);
        issue(assertion);

        DemoAccessTokens.OAuthException replay = assertThrows(DemoAccessTokens.OAuthException.class, () -> issue(assertion));

        assertThat(replay.error()).isEqualTo("invalid_client");
    }

    @Test
    void refusesAnAssertionForAnotherAudience() {
        String assertion = new ClientAssertion(keys, clock).create(new TokenEndpoint("1", DemoPlatform.CLIENT_ID,
                demo.tokenUrl(), Optional.of("https://elsewhere/token")));

        assertThat(assertThrows(DemoAccessTokens.OAuthException.class, () -> issue(assertion)).error())
                .isEqualTo("invalid_client");
    }

    @Test
    void refusesAnExpiredAssertion() {
        String assertion = new ClientAssertion(keys, clock).create(endpoint);
        clock.advance(ClientAssertion.LIFETIME.plus(Duration.ofSeconds(10)));

        assertThrows(DemoAccessTokens.OAuthException.class, () -> issue(assertion));
    }

    @Test
    void refusesAnAssertionSignedWithAKeyOutsideTheToolJwks() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(keys.signingKey().getKeyID()).generate();
        String assertion = new ClientAssertion(() -> stranger, clock).create(endpoint);

        assertThrows(DemoAccessTokens.OAuthException.class, () -> issue(assertion));
    }

    @Test
    void refusesAnotherClientAndAnotherGrant() throws Exception {
        String otherClient = new ClientAssertion(keys, clock).create(new TokenEndpoint("1", "someone-else",
                demo.tokenUrl(), Optional.empty()));
        SignedJWT noJti = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.signingKey().getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(DemoPlatform.CLIENT_ID).subject(DemoPlatform.CLIENT_ID)
                        .audience(demo.tokenUrl().toString()).expirationTime(Date.from(clock.instant().plusSeconds(60)))
                        .build());
        noJti.sign(new RSASSASigner(keys.signingKey()));

        assertThrows(DemoAccessTokens.OAuthException.class, () -> issue(otherClient));
        assertThrows(DemoAccessTokens.OAuthException.class, () -> issue(noJti.serialize()));
        assertThat(assertThrows(DemoAccessTokens.OAuthException.class, () -> tokens.issue("password",
                DemoAccessTokens.ASSERTION_TYPE, "x", SCOPES, clock.instant())).error()).isEqualTo("unsupported_grant_type");
        assertThat(assertThrows(DemoAccessTokens.OAuthException.class, () -> tokens.issue(DemoAccessTokens.GRANT_TYPE,
                DemoAccessTokens.ASSERTION_TYPE, new ClientAssertion(keys, clock).create(endpoint), "https://other/scope",
                clock.instant())).error()).isEqualTo("invalid_scope");
    }

    private DemoAccessTokens.Issued issue(String assertion) throws DemoAccessTokens.OAuthException {
        return tokens.issue(DemoAccessTokens.GRANT_TYPE, DemoAccessTokens.ASSERTION_TYPE, assertion, SCOPES,
                clock.instant());
    }
}
