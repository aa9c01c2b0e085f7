package org.childsafe.lti.launch.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.lti.launch.application.LaunchAssertions.assertRejected;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.junit.jupiter.api.Test;

import org.childsafe.lti.launch.domain.LtiErrors;
import org.childsafe.lti.launch.domain.RegistrationRef;
import org.childsafe.lti.testplatform.CountingJwksFetcher;
import org.childsafe.lti.testplatform.MutableClock;
import org.childsafe.lti.testplatform.TestPlatform;

class PlatformKeySourceTest {

    private static final Duration TTL = Duration.ofHours(1);
    private static final Duration MIN_REFETCH = Duration.ofSeconds(10);

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final TestPlatform platform = new TestPlatform(clock);
    private final RegistrationRef registration = platform.registration(1);
    private final CountingJwksFetcher fetcher = new CountingJwksFetcher(platform::publicJwks);
    private final PlatformKeySource keys = new PlatformKeySource(fetcher, clock, TTL, MIN_REFETCH);

    @Test
    void returnsThePublicKeyForAKnownKid() {
        RSAKey key = keys.keyFor(registration, TestPlatform.FIRST_KID);

        assertThat(key.isPrivate()).isFalse();
        assertThat(key.toPublicJWK()).isEqualTo(platform.currentKey().toPublicJWK());
    }

    @Test
    void servesCachedKeysWithinTheTtl() {
        keys.keyFor(registration, TestPlatform.FIRST_KID);
        clock.advance(TTL.minusSeconds(1));
        keys.keyFor(registration, TestPlatform.FIRST_KID);

        assertThat(fetcher.count()).isEqualTo(1);
    }

    @Test
    void refetchesAfterTheTtl() {
        keys.keyFor(registration, TestPlatform.FIRST_KID);
        clock.advance(TTL);
        keys.keyFor(registration, TestPlatform.FIRST_KID);

        assertThat(fetcher.count()).isEqualTo(2);
    }

    @Test
    void rejectsUnknownKidAfterExactlyOneRefetchAndThenRateLimits() {
        keys.keyFor(registration, TestPlatform.FIRST_KID);
        clock.advance(MIN_REFETCH.plusSeconds(1));

        assertRejected(LtiErrors.UNKNOWN_KID, () -> keys.keyFor(registration, "unknown"));
        assertThat(fetcher.count()).isEqualTo(2);

        assertRejected(LtiErrors.UNKNOWN_KID, () -> keys.keyFor(registration, "unknown"));
        assertRejected(LtiErrors.UNKNOWN_KID, () -> keys.keyFor(registration, "another-unknown"));
        assertThat(fetcher.count()).isEqualTo(2);

        clock.advance(MIN_REFETCH);
        assertRejected(LtiErrors.UNKNOWN_KID, () -> keys.keyFor(registration, "unknown"));
        assertThat(fetcher.count()).isEqualTo(3);
    }

    @Test
    void findsARotatedKeyWithOneRefetch() {
        keys.keyFor(registration, TestPlatform.FIRST_KID);
        RSAKey rotated = platform.rotateKey();
        clock.advance(MIN_REFETCH);

        assertThat(keys.keyFor(registration, rotated.getKeyID())).isEqualTo(rotated.toPublicJWK());
        assertThat(fetcher.count()).isEqualTo(2);
    }

    @Test
    void rejectsWhenJwksIsUnavailableAndNothingIsCached() {
        fetcher.setFailing(true);

        assertRejected(LtiErrors.JWKS_UNAVAILABLE, () -> keys.keyFor(registration, TestPlatform.FIRST_KID));
    }

    @Test
    void doesNotRetryAFailedFetchWithinTheMinimumInterval() {
        fetcher.setFailing(true);
        assertRejected(LtiErrors.JWKS_UNAVAILABLE, () -> keys.keyFor(registration, TestPlatform.FIRST_KID));
        fetcher.setFailing(false);

        assertRejected(LtiErrors.JWKS_UNAVAILABLE, () -> keys.keyFor(registration, TestPlatform.FIRST_KID));
        assertThat(fetcher.count()).isEqualTo(1);

        clock.advance(MIN_REFETCH);
        assertThat(keys.keyFor(registration, TestPlatform.FIRST_KID)).isNotNull();
    }

    @Test
    void keepsUsingTheLastGoodKeysDuringAnOutage() {
        keys.keyFor(registration, TestPlatform.FIRST_KID);
        fetcher.setFailing(true);
        clock.advance(TTL.plusMinutes(1));

        assertThat(keys.keyFor(registration, TestPlatform.FIRST_KID)).isNotNull();
        assertThat(fetcher.count()).isEqualTo(2);
    }

    @Test
    void rejectsWhenTheOutageOutlastsTwiceTheTtl() {
        keys.keyFor(registration, TestPlatform.FIRST_KID);
        fetcher.setFailing(true);
        clock.advance(TTL.multipliedBy(2));

        assertRejected(LtiErrors.JWKS_UNAVAILABLE, () -> keys.keyFor(registration, TestPlatform.FIRST_KID));
    }

    @Test
    void rejectsAnRsaKeyPublishedForEncryption() throws Exception {
        RSAKey enc = new RSAKeyGenerator(2048).keyID("enc-1").keyUse(KeyUse.ENCRYPTION).generate();
        PlatformKeySource source = sourceServing(new JWKSet(enc.toPublicJWK()));

        assertRejected(LtiErrors.UNKNOWN_KID, () -> source.keyFor(registration, "enc-1"));
    }

    @Test
    void rejectsAnRsaKeyBoundToAnotherAlgorithm() throws Exception {
        RSAKey ps = new RSAKeyGenerator(2048).keyID("ps-1").algorithm(JWSAlgorithm.PS256).generate();
        PlatformKeySource source = sourceServing(new JWKSet(ps.toPublicJWK()));

        assertRejected(LtiErrors.UNKNOWN_KID, () -> source.keyFor(registration, "ps-1"));
    }

    @Test
    void rejectsAnRsaKeyShorterThan2048Bits() throws Exception {
        RSAKey weak = new RSAKeyGenerator(1024, true).keyID("weak-1").generate();
        PlatformKeySource source = sourceServing(new JWKSet(weak.toPublicJWK()));

        assertRejected(LtiErrors.UNKNOWN_KID, () -> source.keyFor(registration, "weak-1"));
    }

    @Test
    void rejectsAnEcKeyUnderTheRequestedKid() throws Exception {
        PlatformKeySource source = sourceServing(
                new JWKSet(new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate().toPublicJWK()));

        assertRejected(LtiErrors.UNKNOWN_KID, () -> source.keyFor(registration, "ec-1"));
    }

    @Test
    void picksTheSigningKeyWhenTwoKeysShareAKid() throws Exception {
        RSAKey enc = new RSAKeyGenerator(2048).keyID(TestPlatform.FIRST_KID).keyUse(KeyUse.ENCRYPTION).generate();
        JWKSet both = new JWKSet(List.of(enc.toPublicJWK(), platform.currentKey().toPublicJWK()));

        assertThat(sourceServing(both).keyFor(registration, TestPlatform.FIRST_KID))
                .isEqualTo(platform.currentKey().toPublicJWK());
    }

    @Test
    void fetchesOnceWhenManyLaunchesArriveWithAColdCache() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<RSAKey>> lookups = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                lookups.add(() -> keys.keyFor(registration, TestPlatform.FIRST_KID));
            }
            for (Future<RSAKey> result : pool.invokeAll(lookups)) {
                assertThat(result.get()).isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fetcher.count()).isEqualTo(1);
    }

    private PlatformKeySource sourceServing(JWKSet set) {
        return new PlatformKeySource(new CountingJwksFetcher(() -> set), clock, TTL, MIN_REFETCH);
    }
}
