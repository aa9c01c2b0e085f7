package org.childsafe.lti.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * How long rows of one kind are kept, read from a {@code *-days} setting: children's data that served its purpose
 * must not stay for ever, so every module's retention job measures age against one of these.
 *
 * <h2>Values</h2>
 * {@code 0} means <em>keep for ever</em> (no cut-off; the job deletes nothing), {@code 1} to
 * {@value #MAX_DAYS} is the number of days. A negative or larger value is a configuration error: the constructor
 * throws {@link IllegalStateException} naming the key, so the application fails at start-up like for any other
 * invalid setting.
 *
 * <h2>Boundary</h2>
 * A row is past the period when its time is <em>strictly before</em> {@link #cutoff(Instant)}: one that is exactly
 * {@code days} old survives until the next run.
 *
 * @param key  the MicroProfile Config key the value came from, for the error message
 * @param days days to keep, {@code 0} = for ever
 */
public record RetentionPeriod(String key, int days) {

    /** The longest period accepted: one hundred years. */
    public static final int MAX_DAYS = 36_500;

    public RetentionPeriod {
        Objects.requireNonNull(key, "The configuration key is required.");
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalStateException(String.format(
                    "%s must be between 0 (keep for ever) and %d days, but is %d.", key, MAX_DAYS, days));
        }
    }

    /** Whether this period never ends ({@code days = 0}). */
    public boolean keepsForever() {
        return days == 0;
    }

    /** Rows timed before this instant are past the period; empty when kept for ever. */
    public Optional<Instant> cutoff(Instant now) {
        return keepsForever() ? Optional.empty() : Optional.of(now.minus(Duration.ofDays(days)));
    }

    /** For rows that carry only a day (UTC): days before the returned one are past the period. */
    public Optional<LocalDate> cutoffDay(Instant now) {
        return keepsForever() ? Optional.empty() : Optional.of(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(days));
    }

    /** {@code "90d"}, or {@code "forever"}: how audit details and logs name the period. */
    @Override
    public String toString() {
        return keepsForever() ? "forever" : days + "d";
    }
}
