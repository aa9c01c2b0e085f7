package org.childsafe.urlcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.childsafe.lti.persistence.RetentionPeriod;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The URL checker's settings (prefix {@code urlcheck.}), through MicroProfile Config: defaults below, overridden
 * by environment variables ({@code URLCHECK_FEEDS_REFRESH_MINUTES}) or system properties.
 *
 * <h2>API</h2>
 * <ul>
 * <li>{@code urlcheck.api.max-body-bytes} — largest body of {@code /check} (default {@value #DEFAULT_MAX_BODY})</li>
 * <li>{@code urlcheck.api.max-text-body-bytes} — largest body of {@code /check-text} (default
 * {@value #DEFAULT_MAX_TEXT_BODY})</li>
 * <li>{@code urlcheck.api.max-links} — links checked in one pasted text (default {@value #DEFAULT_MAX_LINKS})</li>
 * </ul>
 * <h2>Feeds</h2>
 * <ul>
 * <li>{@code urlcheck.feeds.sources} — names of the configured sources, comma-separated, in order (default
 * {@code bundled}: the UT1 and URLhaus data of the feeds jar; {@code none}: no feeds)</li>
 * <li>{@code urlcheck.feeds.<name>.format} ({@code UT1}, {@code HOSTS}, {@code DOMAINS}, {@code URLS},
 * {@code ADBLOCK}), {@code .location} ({@code classpath:}, {@code file:} or {@code https:}), {@code .licence},
 * {@code .category} (single-category formats), {@code .attribution}</li>
 * <li>{@code urlcheck.feeds.refresh-minutes} — how often the cluster refreshes (default 360)</li>
 * <li>{@code urlcheck.feeds.poll-seconds} — how often each instance looks for a new generation (default 60)</li>
 * <li>{@code urlcheck.feeds.lease-seconds} — how long one instance may hold the refresh lease (default 900)</li>
 * <li>{@code urlcheck.feeds.max-drop-ratio} — largest shrink of a source accepted (default 0.5)</li>
 * <li>{@code urlcheck.feeds.fetch.timeout-seconds} (default 60), {@code urlcheck.feeds.fetch.max-bytes} (default
 * 268435456) — limits of an HTTPS download</li>
 * </ul>
 * <h2>Retention</h2>
 * <ul>
 * <li>{@code urlcheck.wrong-verdict.retention-days} — "this is wrong" reports (open or resolved) are deleted this
 * many days after the day they were made (default {@value #DEFAULT_WRONG_VERDICT_RETENTION_DAYS}; {@code 0} keeps
 * them for ever)</li>
 * </ul>
 * Validated at startup by {@link #validate()}: a bad value stops the application with the key's name.
 */
@ApplicationScoped
public class UrlCheckConfig {

    static final int DEFAULT_MAX_BODY = 65_536;
    static final int DEFAULT_MAX_TEXT_BODY = 262_144;
    static final int DEFAULT_MAX_LINKS = 50;
    static final int DEFAULT_WRONG_VERDICT_RETENTION_DAYS = 180;

    private static final String INVALID = "Configuration %s has an invalid value '%s': %s";

    @Inject
    @ConfigProperty(name = "urlcheck.api.max-body-bytes", defaultValue = "" + DEFAULT_MAX_BODY)
    int maxBodyBytes;

    @Inject
    @ConfigProperty(name = "urlcheck.api.max-text-body-bytes", defaultValue = "" + DEFAULT_MAX_TEXT_BODY)
    int maxTextBodyBytes;

    @Inject
    @ConfigProperty(name = "urlcheck.api.max-links", defaultValue = "" + DEFAULT_MAX_LINKS)
    int maxLinks;

    @Inject
    @ConfigProperty(name = "urlcheck.feeds.sources", defaultValue = "bundled")
    String sources;

    @Inject
    @ConfigProperty(name = "urlcheck.feeds.refresh-minutes", defaultValue = "360")
    int refreshMinutes;

    @Inject
    @ConfigProperty(name = "urlcheck.feeds.poll-seconds", defaultValue = "60")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "urlcheck.feeds.lease-seconds", defaultValue = "900")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "urlcheck.feeds.max-drop-ratio", defaultValue = "0.5")
    double maxDropRatio;

    @Inject
    @ConfigProperty(name = "urlcheck.feeds.fetch.timeout-seconds", defaultValue = "60")
    int fetchTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "urlcheck.feeds.fetch.max-bytes", defaultValue = "268435456")
    long fetchMaxBytes;

    @Inject
    @ConfigProperty(name = "urlcheck.wrong-verdict.retention-days", defaultValue = "" + DEFAULT_WRONG_VERDICT_RETENTION_DAYS)
    int wrongVerdictRetentionDays;

    @Inject
    Config config;

    protected UrlCheckConfig() {
    }

    /** Settings for tests outside the container: the given feed timings, every other key at its default. */
    public static UrlCheckConfig forTests(int refreshMinutes, int leaseSeconds, double maxDropRatio) {
        UrlCheckConfig config = new UrlCheckConfig();
        config.maxBodyBytes = DEFAULT_MAX_BODY;
        config.maxTextBodyBytes = DEFAULT_MAX_TEXT_BODY;
        config.maxLinks = DEFAULT_MAX_LINKS;
        config.sources = "none";
        config.refreshMinutes = refreshMinutes;
        config.pollSeconds = 60;
        config.leaseSeconds = leaseSeconds;
        config.maxDropRatio = maxDropRatio;
        config.fetchTimeoutSeconds = 60;
        config.fetchMaxBytes = 268_435_456L;
        config.wrongVerdictRetentionDays = DEFAULT_WRONG_VERDICT_RETENTION_DAYS;
        return config;
    }

    /** Settings for tests outside the container: every key at its default but the wrong-verdict retention. */
    public static UrlCheckConfig forRetentionTests(int wrongVerdictRetentionDays) {
        UrlCheckConfig config = forTests(360, 900, 0.5);
        config.wrongVerdictRetentionDays = wrongVerdictRetentionDays;
        config.validate();
        return config;
    }

    /** Fails fast, naming the key, on a value that cannot work. */
    public void validate() {
        positive("urlcheck.api.max-body-bytes", maxBodyBytes);
        positive("urlcheck.api.max-text-body-bytes", maxTextBodyBytes);
        positive("urlcheck.api.max-links", maxLinks);
        positive("urlcheck.feeds.refresh-minutes", refreshMinutes);
        positive("urlcheck.feeds.poll-seconds", pollSeconds);
        positive("urlcheck.feeds.lease-seconds", leaseSeconds);
        positive("urlcheck.feeds.fetch.timeout-seconds", fetchTimeoutSeconds);
        if (fetchMaxBytes <= 0) {
            throw new IllegalStateException(String.format(INVALID, "urlcheck.feeds.fetch.max-bytes", fetchMaxBytes, "must be positive"));
        }
        wrongVerdictRetention();
        if (!(maxDropRatio >= 0 && maxDropRatio <= 1)) {
            throw new IllegalStateException(String.format(INVALID, "urlcheck.feeds.max-drop-ratio", maxDropRatio, "must be within 0..1"));
        }
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    public int maxTextBodyBytes() {
        return maxTextBodyBytes;
    }

    public int maxLinks() {
        return maxLinks;
    }

    /** Names of the configured feed sources, in order. */
    public List<String> sourceNames() {
        List<String> names = new ArrayList<>();
        Arrays.stream(sources.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        return names;
    }

    /** {@code urlcheck.feeds.<source>.<key>}, if set. */
    public Optional<String> sourceValue(String source, String key) {
        return config.getOptionalValue("urlcheck.feeds." + source + "." + key, String.class)
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    public int refreshMinutes() {
        return refreshMinutes;
    }

    public int pollSeconds() {
        return pollSeconds;
    }

    public int leaseSeconds() {
        return leaseSeconds;
    }

    public double maxDropRatio() {
        return maxDropRatio;
    }

    public int fetchTimeoutSeconds() {
        return fetchTimeoutSeconds;
    }

    public long fetchMaxBytes() {
        return fetchMaxBytes;
    }

    /** How long "this is wrong" reports are kept, counted in days from the day they were made. */
    public RetentionPeriod wrongVerdictRetention() {
        return new RetentionPeriod("urlcheck.wrong-verdict.retention-days", wrongVerdictRetentionDays);
    }

    private static void positive(String key, long value) {
        if (value <= 0) {
            throw new IllegalStateException(String.format(INVALID, key, value, "must be positive"));
        }
    }
}
