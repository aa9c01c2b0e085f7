package org.childsafe.report.referral.infrastructure;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.childsafe.lti.launch.application.HttpJwksFetcher;
import org.childsafe.report.referral.application.NetworkKeys;
import org.childsafe.report.referral.application.ReferralConfig;

/**
 * The network's callback keys from configuration: inline ({@code report.network.callback.jwks}, public keys only)
 * or fetched from {@code report.network.callback.jwks-url} with the LTI core's bounded {@link HttpJwksFetcher}
 * (no redirects, size and time limits) and cached for {@value #TTL_MINUTES} minutes. A refresh is done at most once
 * a minute, so a flood of callbacks with made-up kids cannot make the tool hammer the network.
 */
@ApplicationScoped
public class ConfiguredNetworkKeys implements NetworkKeys {

    static final int TTL_MINUTES = 15;

    private static final Logger LOG = Logger.getLogger(ConfiguredNetworkKeys.class.getName());

    @Inject
    ReferralConfig config;

    @Inject
    Clock clock;

    private JWKSet cached;
    private Instant fetchedAt = Instant.MIN;

    @Override
    public synchronized Optional<JWKSet> keys(boolean refresh) {
        if (config.callbackJwks().isPresent()) {
            try {
                return Optional.of(JWKSet.parse(config.callbackJwks().get()).toPublicJWKSet());
            } catch (ParseException e) {
                LOG.warning("report.network.callback.jwks is not a JWK set; callbacks are refused.");
                return Optional.empty();
            }
        }
        if (config.callbackJwksUrl().isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean stale = cached == null || now.isAfter(fetchedAt.plus(Duration.ofMinutes(TTL_MINUTES)));
        boolean mayRefresh = now.isAfter(fetchedAt.plus(Duration.ofMinutes(1)));
        if (stale || (refresh && mayRefresh)) {
            try {
                cached = new HttpJwksFetcher(config.timeout(), config.timeout()).fetch(config.callbackJwksUrl().get())
                        .toPublicJWKSet();
                fetchedAt = now;
            } catch (IOException e) {
                LOG.warning(() -> "Could not fetch the network's callback keys: " + e.getMessage());
            }
        }
        return Optional.ofNullable(cached);
    }
}
