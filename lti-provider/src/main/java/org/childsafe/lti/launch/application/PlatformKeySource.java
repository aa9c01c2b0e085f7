package org.childsafe.lti.launch.application;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.RSAKey;

import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.childsafe.lti.launch.domain.RegistrationRef;

/**
 * Supplies the platform's public signing key for a {@code kid}, from a cached copy of the
 * platform JWKS (IMS Security Framework §6.3 "Key set URL"; LTI-CHECKLIST §2.3 step 3 and §4 item 3).
 *
 * <h2>Caching and rotation</h2>
 * One key set is cached per JWKS URI for {@code ttl}. An unknown kid triggers one refetch (the
 * platform may have rotated its key), but at most one fetch per URI per {@code minRefetchInterval},
 * so forged tokens with random kids cannot make the tool hammer the platform. Fetches for one
 * URI are single-flight; a failed fetch also counts against the interval.
 *
 * <h2>Outages</h2>
 * When a fetch fails, the last good set is still used until it is {@code 2 × ttl} old; after
 * that, or with nothing cached, the result is {@link LtiErrors#JWKS_UNAVAILABLE}.
 *
 * <h2>Eligible keys</h2>
 * Only RSA keys of at least 2048 bits whose {@code use} is {@code sig} or absent and whose
 * {@code alg}, if present, is RS256; the private part of a key, should a platform publish one, is
 * dropped.
 *
 * <p>Thread-safe.
 */
public class PlatformKeySource {

    private final JwksFetcher fetcher;
    private final Clock clock;
    private final Duration ttl;
    private final Duration minRefetchInterval;
    private final Map<URI, JwksCacheSlot> slots = new ConcurrentHashMap<>();

    /** For CDI normal-scope client proxies only (STYLE §7.4); never call it. */
    protected PlatformKeySource() {
        this.fetcher = null;
        this.clock = null;
        this.ttl = null;
        this.minRefetchInterval = null;
    }

    /**
     * @param fetcher            downloads a key set
     * @param clock              the source of "now"
     * @param ttl                how long a fetched key set is trusted without refetching
     * @param minRefetchInterval the minimum time between two fetches of one URI
     */
    public PlatformKeySource(JwksFetcher fetcher, Clock clock, Duration ttl, Duration minRefetchInterval) {
        this.fetcher = Objects.requireNonNull(fetcher, "Fetcher is required.");
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
        this.ttl = requirePositive(ttl, "TTL");
        this.minRefetchInterval = requirePositive(minRefetchInterval, "Minimum refetch interval");
    }

    /**
     * @param registration the registration whose JWKS URI is used
     * @param kid          the kid of the token header
     * @return the public key to verify the token with
     * @throws InvalidLaunchException {@link LtiErrors#UNKNOWN_KID} or {@link LtiErrors#JWKS_UNAVAILABLE}
     */
    public RSAKey keyFor(RegistrationRef registration, String kid) {
        URI uri = registration.jwksUri();
        JwksCacheSlot slot = slots.computeIfAbsent(uri, u -> new JwksCacheSlot(u, fetcher, ttl, minRefetchInterval));
        return slot.keyFor(kid, clock.instant());
    }

    private static Duration requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name + " is required.");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive.");
        }
        return value;
    }
}
