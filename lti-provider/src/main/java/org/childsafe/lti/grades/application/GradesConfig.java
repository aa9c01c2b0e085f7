package org.childsafe.lti.grades.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The grade passback settings ({@code lti.grades.*}, defaults in {@code META-INF/microprofile-config.properties}),
 * validated at start-up so a wrong value fails with the property's name instead of a stuck queue.
 *
 * <ul>
 * <li>{@code lti.grades.dispatcher.enabled} ({@code true}) — whether this instance sends queued scores; an
 * instance with {@code false} still queues them for the others</li>
 * <li>{@code lti.grades.poll-seconds} ({@code 5}) — how often the dispatcher looks for due rows, besides the
 * immediate kick after each submission</li>
 * <li>{@code lti.grades.batch-size} ({@code 20}) — rows claimed per poll</li>
 * <li>{@code lti.grades.lease-seconds} ({@code 120}) — how long a claim holds; must exceed a send's worst case
 * (token request plus line item look-up plus score, each with a 15 s timeout)</li>
 * <li>{@code lti.grades.max-attempts} ({@code 8}) — attempts before a retryable failure becomes FAILED</li>
 * <li>{@code lti.grades.backoff.initial-seconds} ({@code 15}) and {@code lti.grades.backoff.max-seconds}
 * ({@code 3600}) — the exponential backoff between attempts, before jitter</li>
 * </ul>
 */
@ApplicationScoped
public class GradesConfig {

    @Inject
    @ConfigProperty(name = "lti.grades.dispatcher.enabled", defaultValue = "true")
    boolean dispatcherEnabled;

    @Inject
    @ConfigProperty(name = "lti.grades.poll-seconds", defaultValue = "5")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "lti.grades.batch-size", defaultValue = "20")
    int batchSize;

    @Inject
    @ConfigProperty(name = "lti.grades.lease-seconds", defaultValue = "120")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "lti.grades.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "lti.grades.backoff.initial-seconds", defaultValue = "15")
    int backoffInitialSeconds;

    @Inject
    @ConfigProperty(name = "lti.grades.backoff.max-seconds", defaultValue = "3600")
    int backoffMaxSeconds;

    protected GradesConfig() {
    }

    /** For tests outside the container. */
    public GradesConfig(int pollSeconds, int batchSize, int leaseSeconds, int maxAttempts, int backoffInitialSeconds,
            int backoffMaxSeconds) {
        this.dispatcherEnabled = true;
        this.pollSeconds = pollSeconds;
        this.batchSize = batchSize;
        this.leaseSeconds = leaseSeconds;
        this.maxAttempts = maxAttempts;
        this.backoffInitialSeconds = backoffInitialSeconds;
        this.backoffMaxSeconds = backoffMaxSeconds;
        validate();
    }

    @PostConstruct
    void validate() {
        requireRange("lti.grades.poll-seconds", pollSeconds, 1, 3600);
        requireRange("lti.grades.batch-size", batchSize, 1, 1000);
        requireRange("lti.grades.lease-seconds", leaseSeconds, 30, 3600);
        requireRange("lti.grades.max-attempts", maxAttempts, 1, 100);
        requireRange("lti.grades.backoff.initial-seconds", backoffInitialSeconds, 1, 86_400);
        requireRange("lti.grades.backoff.max-seconds", backoffMaxSeconds, backoffInitialSeconds, 7 * 86_400);
    }

    public boolean dispatcherEnabled() {
        return dispatcherEnabled;
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(pollSeconds);
    }

    public int batchSize() {
        return batchSize;
    }

    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Backoff backoff() {
        return new Backoff(Duration.ofSeconds(backoffInitialSeconds), Duration.ofSeconds(backoffMaxSeconds));
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalStateException(String.format("%s must be between %d and %d, but is %d.", name, min, max, value));
        }
    }
}
