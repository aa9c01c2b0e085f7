package org.childsafe.lti.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-address sign-in throttle: 10 failures in 5 minutes, then wait. */
class LoginThrottleTest {

    private static final String CLIENT = "203.0.113.7";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T08:00:00Z"));
    private LoginThrottle throttle;

    @BeforeEach
    void tenFailuresPerFiveMinutes() {
        throttle = new LoginThrottle(10, Duration.ofMinutes(5), clock);
    }

    @Test
    void allowsNineFailuresAndRefusesAfterTheTenth() {
        fail(9);
        assertThat(throttle.blockedFor(CLIENT)).isEmpty();

        fail(1);
        assertThat(throttle.blockedFor(CLIENT)).contains(Duration.ofMinutes(5));
    }

    @Test
    void refusesUntilTheOldestFailureLeavesTheWindow() {
        fail(1);
        clock.advance(Duration.ofMinutes(2));
        fail(9);

        assertThat(throttle.blockedFor(CLIENT)).contains(Duration.ofMinutes(3));
        clock.advance(Duration.ofMinutes(3));
        assertThat(throttle.blockedFor(CLIENT)).isEmpty();
    }

    @Test
    void successForgetsFailures() {
        fail(9);
        throttle.succeeded(CLIENT);
        fail(9);

        assertThat(throttle.blockedFor(CLIENT)).isEmpty();
    }

    @Test
    void otherAddressesKeepTheirOwnBudget() {
        fail(10);

        assertThat(throttle.blockedFor("198.51.100.1")).isEmpty();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(CLIENT);
        }
    }

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {

        private Instant now;

        ManualClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
