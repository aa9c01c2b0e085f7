package org.childsafe.report.referral.application;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the next attempt: exponential ({@code initial × 2^(attempt−1)}, capped at {@code max})
 * with "equal jitter" (half fixed, half random), so a network that comes back after an outage is not hit by every
 * school at the same second, and no retry comes sooner than half the exponential delay.
 *
 * @param initial delay after the first failed attempt (before jitter)
 * @param max     longest delay
 * @param random  source of jitter
 */
public record Backoff(Duration initial, Duration max, RandomGenerator random) {

    public Backoff {
        Objects.requireNonNull(initial, "Initial delay is required.");
        Objects.requireNonNull(max, "Maximum delay is required.");
        Objects.requireNonNull(random, "Random generator is required.");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < initial <= max.");
        }
    }

    /** The delay before the next attempt after {@code failedAttempts} failed ones (at least 1). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt must have failed.");
        }
        return jittered(ceiling(failedAttempts));
    }

    /** The delay before jitter: {@code initial × 2^(failedAttempts−1)}, capped at {@code max}. */
    public Duration ceiling(int failedAttempts) {
        int shift = Math.min(failedAttempts - 1, 40);
        long millis = initial.toMillis();
        long exponential = shift >= Long.numberOfLeadingZeros(millis) - 1 ? Long.MAX_VALUE : millis << shift;
        return Duration.ofMillis(Math.min(exponential, max.toMillis()));
    }

    private Duration jittered(Duration ceiling) {
        long half = ceiling.toMillis() / 2;
        return Duration.ofMillis(half + random.nextLong(half + 1));
    }
}
