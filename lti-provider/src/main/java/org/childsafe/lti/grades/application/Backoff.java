package org.childsafe.lti.grades.application;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": after the n-th failed attempt the next one waits
 * {@code d = min(max, initial · 2^(n−1))}, of which a random half: between {@code d/2} and {@code d}. The
 * exponent keeps a platform that is down from being hammered; the jitter keeps the scores of a whole class, which
 * failed together during an outage, from all coming back in the same second.
 *
 * @param initial the wait after the first failure, before jitter
 * @param max     the longest wait, before jitter
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        Objects.requireNonNull(initial, "Initial delay is required.");
        Objects.requireNonNull(max, "Maximum delay is required.");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < initial <= max.");
        }
    }

    /** The ceiling for the wait after {@code failedAttempts} failures (≥ 1), before jitter. */
    public Duration ceiling(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("Backoff is for at least one failed attempt.");
        }
        int shift = Math.min(failedAttempts - 1, 30);
        long millis = initial.toMillis() << shift;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }

    /**
     * The wait after {@code failedAttempts} failures.
     *
     * @param random a source of numbers in [0, 1), e.g. {@code ThreadLocalRandom.current()::nextDouble}
     */
    public Duration delay(int failedAttempts, DoubleSupplier random) {
        long ceiling = ceiling(failedAttempts).toMillis();
        double r = random.getAsDouble();
        if (!(r >= 0 && r < 1)) {
            throw new IllegalArgumentException("Jitter source must give numbers in [0, 1).");
        }
        return Duration.ofMillis(ceiling / 2 + Math.round((ceiling - ceiling / 2) * r));
    }
}
