package org.childsafe.report.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.childsafe.report.config.ReportConfig;

/**
 * The report widget's rate limits, per hour: new reports per source, code + passcode attempts per case code and
 * per source, reporter messages per case. A refusal is never silent: the page keeps what the reporter typed, says
 * in their language that they should try again in a few minutes and, for new reports, shows the emergency
 * numbers, because a limited child may still be in danger.
 */
@ApplicationScoped
public class ReportLimits {

    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    ReportConfig config;

    @Inject
    Clock clock;

    private volatile RateLimiter limiter;
    private final SourceKeys sources = new SourceKeys();

    protected ReportLimits() {
    }

    /** For tests outside the container. */
    public ReportLimits(ReportConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The opaque key of a client address (never store or log it either). */
    public String source(String remoteAddress) {
        return sources.of(remoteAddress);
    }

    public boolean allowSubmission(String source) {
        return limiter().tryAcquire("submit:" + source, config.submissionsPerHour());
    }

    /** One code + passcode attempt; counts against both the source and the code. */
    public boolean allowAccess(String source, String typedCode) {
        String code = typedCode == null ? "" : typedCode.replaceAll("[^0-9A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
        boolean bySource = limiter().tryAcquire("access-src:" + source, config.accessAttemptsPerHour() * 3);
        return bySource && limiter().tryAcquire("access-code:" + code, config.accessAttemptsPerHour());
    }

    public boolean allowMessage(String caseCode) {
        return limiter().tryAcquire("message:" + caseCode, config.messagesPerHour());
    }

    /** Minutes until a refused new report would be accepted (at least 1). */
    public long submissionRetryMinutes(String source) {
        return Math.max(1, limiter().retryAfter("submit:" + source, config.submissionsPerHour()).toMinutes() + 1);
    }

    private RateLimiter limiter() {
        RateLimiter current = limiter;
        if (current == null) {
            synchronized (this) {
                if (limiter == null) {
                    limiter = new RateLimiter(clock, HOUR);
                }
                current = limiter;
            }
        }
        return current;
    }
}
