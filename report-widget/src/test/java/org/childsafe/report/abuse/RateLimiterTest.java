package org.childsafe.report.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.childsafe.report.config.ReportConfig;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void allowsUpToTheLimitInTheWindowThenAgainAfterIt() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(clock, Duration.ofHours(1));

        assertThat(limiter.tryAcquire("k", 2)).isTrue();
        clock.advance(Duration.ofMinutes(10));
        assertThat(limiter.tryAcquire("k", 2)).isTrue();
        assertThat(limiter.tryAcquire("k", 2)).isFalse();
        assertThat(limiter.tryAcquire("other", 2)).as("keys are independent").isTrue();
        assertThat(limiter.retryAfter("k", 2)).isEqualTo(Duration.ofMinutes(50));

        clock.advance(Duration.ofMinutes(51));
        assertThat(limiter.tryAcquire("k", 2)).isTrue();
    }

    @Test
    void sourcesAreLimitedByAnOpaqueKeyAndCodesByTheirOwnCount() {
        ReportLimits limits = new ReportLimits(ReportConfig.defaults(), new ManualClock());
        String source = limits.source("203.0.113.9");

        assertThat(source).doesNotContain("203").hasSize(22);
        assertThat(limits.source("203.0.113.9")).isEqualTo(source);
        assertThat(limits.source("203.0.113.10")).isNotEqualTo(source);
        for (int i = 0; i < 5; i++) {
            assertThat(limits.allowSubmission(source)).isTrue();
        }
        assertThat(limits.allowSubmission(source)).isFalse();
        assertThat(limits.submissionRetryMinutes(source)).isBetween(1L, 61L);
        for (int i = 0; i < 10; i++) {
            assertThat(limits.allowAccess(limits.source("198.51.100." + i), "k7qm-3xrt")).isTrue();
        }
        assertThat(limits.allowAccess(limits.source("198.51.100.99"), "K7QM 3XRT")).as("per code, any form").isFalse();
    }

    @Test
    void theSaltIsNewForEveryInstanceSoKeysCannotBeLinkedAcrossRestarts() {
        assertThat(new SourceKeys().of("203.0.113.9")).isNotEqualTo(new SourceKeys().of("203.0.113.9"));
    }
}
