package org.childsafe.report.referral.application;

import com.nimbusds.jose.jwk.JWKSet;
import java.util.Optional;

/** The national network's public keys, which sign its status callbacks (port; see {@code ConfiguredNetworkKeys}). */
public interface NetworkKeys {

    /**
     * The key set, or empty when none is configured (then every callback is refused).
     *
     * @param refresh fetch again rather than use a cached copy (done once when a kid is unknown)
     */
    Optional<JWKSet> keys(boolean refresh);
}
