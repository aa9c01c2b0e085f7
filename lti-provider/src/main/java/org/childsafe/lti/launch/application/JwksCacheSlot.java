package org.childsafe.lti.launch.application;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LtiErrors;

/**
 * The cached key set of one JWKS URI. Reads of a fresh set take no lock; fetching is guarded by
 * the slot's monitor, so at most one fetch per URI is in flight.
 */
final class JwksCacheSlot {

    private static final Logger LOG = System.getLogger(JwksCacheSlot.class.getName());
    private static final int MIN_RSA_BITS = 2048;

    private final URI uri;
    private final JwksFetcher fetcher;
    private final Duration ttl;
    private final Duration minRefetchInterval;
    private volatile Snapshot snapshot = new Snapshot(null, Instant.MIN, Instant.MIN);

    JwksCacheSlot(URI uri, JwksFetcher fetcher, Duration ttl, Duration minRefetchInterval) {
        this.uri = uri;
        this.fetcher = fetcher;
        this.ttl = ttl;
        this.minRefetchInterval = minRefetchInterval;
    }

    RSAKey keyFor(String kid, Instant now) {
        Optional<RSAKey> hit = snapshot.freshKey(kid, now, ttl);
        if (hit.isPresent()) {
            return hit.get();
        }
        synchronized (this) {
            Snapshot current = snapshot;
            hit = current.freshKey(kid, now, ttl);
            if (hit.isPresent()) {
                return hit.get();
            }
            if (!now.isBefore(current.lastAttempt().plus(minRefetchInterval))) {
                current = refresh(current, now);
                snapshot = current;
            }
            return select(current, kid, now);
        }
    }

    private Snapshot refresh(Snapshot current, Instant now) {
        try {
            JWKSet fetched = fetcher.fetch(uri);
            return new Snapshot(fetched, now, now);
        } catch (Exception e) {
            // Fail closed: any fetch failure keeps the old set (if any) and records the attempt.
            LOG.log(Level.WARNING, "Fetching platform JWKS {0} failed: {1}", uri, e.toString());
            return new Snapshot(current.keys(), current.fetchedAt(), now);
        }
    }

    private RSAKey select(Snapshot current, String kid, Instant now) {
        if (current.keys() == null || !now.isBefore(current.fetchedAt().plus(ttl.multipliedBy(2)))) {
            throw new InvalidLaunchException(LtiErrors.JWKS_UNAVAILABLE, "platform JWKS unavailable: " + uri);
        }
        return findEligible(current.keys(), kid).orElseThrow(() -> new InvalidLaunchException(
                LtiErrors.UNKNOWN_KID, "kid not found in platform JWKS: " + uri));
    }

    static Optional<RSAKey> findEligible(JWKSet keys, String kid) {
        return keys.getKeys().stream()
                .filter(jwk -> kid.equals(jwk.getKeyID()))
                .filter(RSAKey.class::isInstance)
                .map(RSAKey.class::cast)
                .filter(JwksCacheSlot::isSigningKey)
                .map(RSAKey::toPublicJWK)
                .findFirst();
    }

    private static boolean isSigningKey(RSAKey rsa) {
        return (rsa.getKeyUse() == null || KeyUse.SIGNATURE.equals(rsa.getKeyUse()))
                && (rsa.getAlgorithm() == null || JWSAlgorithm.RS256.equals(rsa.getAlgorithm()))
                && rsa.size() >= MIN_RSA_BITS;
    }

    private record Snapshot(JWKSet keys, Instant fetchedAt, Instant lastAttempt) {

        Optional<RSAKey> freshKey(String kid, Instant now, Duration ttl) {
            if (keys == null || !now.isBefore(fetchedAt.plus(ttl))) {
                return Optional.empty();
            }
            return findEligible(keys, kid);
        }
    }
}
