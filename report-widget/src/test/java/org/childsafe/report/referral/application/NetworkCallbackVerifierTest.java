package org.childsafe.report.referral.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.childsafe.report.referral.NetworkTestKeys;
import org.childsafe.report.referral.domain.NetworkStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each negative test changes one thing of a really signed, valid callback. */
class NetworkCallbackVerifierTest {

    static final RSAKey NETWORK = NetworkTestKeys.generate("net-1");
    static final RSAKey ROTATED = NetworkTestKeys.generate("net-2");
    static final RSAKey ATTACKER = NetworkTestKeys.generate("net-1");
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final String REFERRAL = "5f0c7a0e-1b9d-4e51-9a3c-1c2d3e4f5a6b";

    final AtomicInteger fetches = new AtomicInteger();
    JWKSet published = new JWKSet(NETWORK.toPublicJWK());
    final NetworkKeys keys = refresh -> {
        fetches.incrementAndGet();
        return Optional.of(published);
    };
    final NetworkCallbackVerifier verifier = new NetworkCallbackVerifier(keys, Optional.of(NetworkTestKeys.NETWORK_ISSUER),
            NetworkTestKeys.TOOL_AUDIENCE, Duration.ofMinutes(10), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsAValidCallback() {
        JWTClaimsSet claims = NetworkTestKeys.callback(REFERRAL, "accepted", NOW.minusSeconds(5)).claim("message", "Taken").build();

        VerifiedCallback callback = verifier.verify(NetworkTestKeys.sign(NETWORK, claims));

        assertThat(callback.idempotencyKey()).isEqualTo(REFERRAL);
        assertThat(callback.status()).isEqualTo(NetworkStatus.ACCEPTED);
        assertThat(callback.jti()).isEqualTo(claims.getJWTID());
        assertThat(callback.networkReference()).isEqualTo("VN-COP-2026-000123");
        assertThat(callback.message()).isEqualTo("Taken");
        assertThat(callback.issuedAt()).isEqualTo(NOW.minusSeconds(5));
    }

    @Test
    void refetchesTheKeySetOnceForAnUnknownKid() {
        published = new JWKSet(java.util.List.of(NETWORK.toPublicJWK(), ROTATED.toPublicJWK()));

        VerifiedCallback callback = verifier.verify(NetworkTestKeys.sign(ROTATED, valid().build()));

        assertThat(callback.status()).isEqualTo(NetworkStatus.RECEIVED);
    }

    @Test
    void refusesASignatureByAnotherKeyWithTheSameKid() {
        rejects("referral.callback.signature", () -> verifier.verify(NetworkTestKeys.sign(ATTACKER, valid().build())));
    }

    @Test
    void refusesAnUnknownKidAfterOneRefetch() {
        rejects("referral.callback.signature", () -> verifier.verify(NetworkTestKeys.sign(ROTATED, valid().build())));
        assertThat(fetches.get()).isEqualTo(2);
    }

    @Test
    void refusesAnUnsignedCallback() {
        String plain = new PlainJWT(new PlainHeader(), valid().build()).serialize();

        rejects("referral.callback.malformed", () -> verifier.verify(plain));
    }

    @Test
    void refusesAnHmacSignedCallback() throws Exception {
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("net-1").build(), valid().build());
        hmac.sign(new MACSigner(new byte[32]));

        rejects("referral.callback.signature", () -> verifier.verify(hmac.serialize()));
    }

    @Test
    void refusesAnotherIssuer() {
        rejects("referral.callback.issuer",
                () -> verifier.verify(NetworkTestKeys.sign(NETWORK, valid().issuer("https://evil.example").build())));
    }

    @Test
    void refusesACallbackForAnotherTool() {
        rejects("referral.callback.audience",
                () -> verifier.verify(NetworkTestKeys.sign(NETWORK, valid().audience("https://other-school.example").build())));
    }

    @Test
    void refusesAnOldCallback() {
        rejects("referral.callback.expired", () -> verifier.verify(NetworkTestKeys.sign(NETWORK,
                valid().issueTime(Date.from(NOW.minus(Duration.ofMinutes(11)))).build())));
    }

    @Test
    void refusesACallbackFromTheFuture() {
        rejects("referral.callback.expired", () -> verifier.verify(NetworkTestKeys.sign(NETWORK,
                valid().issueTime(Date.from(NOW.plus(Duration.ofMinutes(5)))).build())));
    }

    @Test
    void refusesAnExpiredCallback() {
        rejects("referral.callback.expired", () -> verifier.verify(NetworkTestKeys.sign(NETWORK,
                valid().expirationTime(Date.from(NOW.minus(Duration.ofMinutes(2)))).build())));
    }

    @Test
    void refusesAnUnknownStatusOrAMissingReferral() {
        rejects("referral.callback.malformed",
                () -> verifier.verify(NetworkTestKeys.sign(NETWORK, valid().claim("status", "DELETED").build())));
        rejects("referral.callback.malformed",
                () -> verifier.verify(NetworkTestKeys.sign(NETWORK, valid().claim("referral", "42").build())));
        rejects("referral.callback.malformed",
                () -> verifier.verify(NetworkTestKeys.sign(NETWORK, valid().jwtID(null).build())));
    }

    @Test
    void refusesGarbage() {
        rejects("referral.callback.malformed", () -> verifier.verify("not.a.jws"));
        rejects("referral.callback.malformed", () -> verifier.verify(null));
    }

    @Test
    void refusesEverythingWhenNoIssuerIsConfigured() {
        NetworkCallbackVerifier unconfigured = new NetworkCallbackVerifier(keys, Optional.empty(),
                NetworkTestKeys.TOOL_AUDIENCE, Duration.ofMinutes(10), Clock.fixed(NOW, ZoneOffset.UTC));

        rejects("referral.callback.not_configured", () -> unconfigured.verify(NetworkTestKeys.sign(NETWORK, valid().build())));
    }

    private static JWTClaimsSet.Builder valid() {
        return NetworkTestKeys.callback(REFERRAL, "RECEIVED", NOW.minusSeconds(1));
    }

    private static void rejects(String code, Executable call) {
        CallbackRejectedException e = assertThrows(CallbackRejectedException.class, call);
        assertThat(e.code()).isEqualTo(code);
    }
}
