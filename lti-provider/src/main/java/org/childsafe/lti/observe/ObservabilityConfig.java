package org.childsafe.lti.observe;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Observability settings ({@code lti.observe.*}):
 * <ul>
 * <li>{@code lti.observe.gauge-cache-seconds} ({@code 15}) — how long a gauge computed from the database (outbox
 * depth and age, report cases by status) is served before it is queried again; a Prometheus scrape interval of
 * 15–60 s then costs each table at most one cheap query per period, however many scrapers there are.</li>
 * </ul>
 */
@ApplicationScoped
public class ObservabilityConfig {

    @Inject
    @ConfigProperty(name = "lti.observe.gauge-cache-seconds", defaultValue = "15")
    int gaugeCacheSeconds;

    protected ObservabilityConfig() {
    }

    @PostConstruct
    void validate() {
        if (gaugeCacheSeconds < 1 || gaugeCacheSeconds > 3600) {
            throw new IllegalStateException(String.format(
                    "Configuration property lti.observe.gauge-cache-seconds must be between 1 and 3600, but is %d.",
                    gaugeCacheSeconds));
        }
    }

    /** How long a database gauge is cached. */
    public Duration gaugeCache() {
        return Duration.ofSeconds(gaugeCacheSeconds);
    }
}
