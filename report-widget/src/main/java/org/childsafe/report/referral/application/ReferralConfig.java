package org.childsafe.report.referral.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the referral to the national network ({@code report.network.*}), validated at start-up: a bad value
 * stops the application with the property's name.
 *
 * <h2>Keys</h2>
 * <ul>
 * <li>{@code report.network.enabled} — send referrals at all (default {@code false}: escalations are still stored
 * in the outbox and leave as soon as it is enabled)</li>
 * <li>{@code report.network.url} — the network's webhook; {@code https} required, except for a loopback host</li>
 * <li>{@code report.network.audience} — the {@code aud} of referrals (default: the URL)</li>
 * <li>{@code report.network.connector} — which {@link NetworkConnector} sends (default {@code webhook})</li>
 * <li>{@code report.network.timeout-ms} — HTTP timeout (default 10000)</li>
 * <li>{@code report.network.max-attempts} — attempts before DEAD (default 10)</li>
 * <li>{@code report.network.backoff.initial-seconds}, {@code report.network.backoff.max-seconds} — retry delays
 * (defaults 30 and 3600)</li>
 * <li>{@code report.network.lease-seconds} — how long a dispatcher owns a claimed row (default 300; at least three
 * timeouts)</li>
 * <li>{@code report.network.callback.issuer} — the {@code iss} the network signs callbacks with</li>
 * <li>{@code report.network.callback.jwks-url} or {@code report.network.callback.jwks} — the network's public
 * keys, as an address (configuration, never user input) or inline JWKS JSON; without either, callbacks are refused</li>
 * <li>{@code report.network.callback.max-age-seconds} — how old a callback's {@code iat} may be (default 600)</li>
 * </ul>
 */
@ApplicationScoped
public class ReferralConfig {

    @Inject
    @ConfigProperty(name = "report.network.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "report.network.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "report.network.audience")
    Optional<String> audience;

    @Inject
    @ConfigProperty(name = "report.network.connector", defaultValue = "webhook")
    String connector;

    @Inject
    @ConfigProperty(name = "report.network.timeout-ms", defaultValue = "10000")
    int timeoutMs;

    @Inject
    @ConfigProperty(name = "report.network.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "report.network.backoff.initial-seconds", defaultValue = "30")
    int backoffInitialSeconds;

    @Inject
    @ConfigProperty(name = "report.network.backoff.max-seconds", defaultValue = "3600")
    int backoffMaxSeconds;

    @Inject
    @ConfigProperty(name = "report.network.lease-seconds", defaultValue = "300")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "report.network.callback.issuer")
    Optional<String> callbackIssuer;

    @Inject
    @ConfigProperty(name = "report.network.callback.jwks-url")
    Optional<String> callbackJwksUrl;

    @Inject
    @ConfigProperty(name = "report.network.callback.jwks")
    Optional<String> callbackJwks;

    @Inject
    @ConfigProperty(name = "report.network.callback.max-age-seconds", defaultValue = "600")
    int callbackMaxAgeSeconds;

    @PostConstruct
    void validate() {
        requireRange("report.network.timeout-ms", timeoutMs, 100, 120_000);
        requireRange("report.network.max-attempts", maxAttempts, 1, 100);
        requireRange("report.network.backoff.initial-seconds", backoffInitialSeconds, 1, 86_400);
        requireRange("report.network.backoff.max-seconds", backoffMaxSeconds, backoffInitialSeconds, 7 * 86_400);
        requireRange("report.network.lease-seconds", leaseSeconds, 1, 86_400);
        requireRange("report.network.callback.max-age-seconds", callbackMaxAgeSeconds, 10, 86_400);
        if (leaseSeconds * 1000L < 3L * timeoutMs) {
            throw new IllegalStateException("report.network.lease-seconds (" + leaseSeconds
                    + ") must be at least three times report.network.timeout-ms (" + timeoutMs + " ms).");
        }
        if (enabled && url.filter(u -> !u.isBlank()).isEmpty()) {
            throw new IllegalStateException("report.network.url is required when report.network.enabled=true.");
        }
        url();
        callbackJwksUrl.filter(u -> !u.isBlank()).ifPresent(u -> checkedUrl("report.network.callback.jwks-url", u));
    }

    public boolean enabled() {
        return enabled;
    }

    /** The webhook address, if configured. */
    public Optional<URI> url() {
        return url.filter(u -> !u.isBlank()).map(u -> checkedUrl("report.network.url", u));
    }

    /** The {@code aud} of referrals: {@code report.network.audience}, else the URL, else {@code national-network}. */
    public String audience() {
        return audience.filter(a -> !a.isBlank()).orElseGet(() -> url().map(URI::toString).orElse("national-network"));
    }

    public String connector() {
        return connector.strip();
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMs);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration backoffInitial() {
        return Duration.ofSeconds(backoffInitialSeconds);
    }

    public Duration backoffMax() {
        return Duration.ofSeconds(backoffMaxSeconds);
    }

    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    public Optional<String> callbackIssuer() {
        return callbackIssuer.filter(i -> !i.isBlank());
    }

    public Optional<URI> callbackJwksUrl() {
        return callbackJwksUrl.filter(u -> !u.isBlank()).map(u -> checkedUrl("report.network.callback.jwks-url", u));
    }

    public Optional<String> callbackJwks() {
        return callbackJwks.filter(j -> !j.isBlank());
    }

    public Duration callbackMaxAge() {
        return Duration.ofSeconds(callbackMaxAgeSeconds);
    }

    /** An absolute URL that is https, or http to a loopback host (tests, a demo receiver on the same machine). */
    static URI checkedUrl(String property, String value) {
        URI uri;
        try {
            uri = URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not a valid URL.");
        }
        String host = uri.getHost();
        boolean loopback = host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
        if (host == null || !("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && loopback))) {
            throw new IllegalStateException(property + " must be an https URL (http only for localhost), was '" + value + "'.");
        }
        return uri;
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalStateException(name + " must be between " + min + " and " + max + ", was " + value + ".");
        }
    }
}
