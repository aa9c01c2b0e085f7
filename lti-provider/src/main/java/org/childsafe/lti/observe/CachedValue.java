package org.childsafe.lti.observe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A value loaded at most once per time-to-live, for gauges that a scrape of {@code /metrics} reads: a scraper
 * that polls every second still costs the database one cheap query per {@code ttl}, and concurrent scrapes share
 * one load. A failed load keeps the last value (or the fallback before the first success) and is logged once per
 * attempt without the exception's message, so a database outage shows as a stale gauge plus a warning, never as
 * a failed scrape.
 *
 * @param <T> the loaded value
 */
public final class CachedValue<T> {

    private static final Logger LOG = Logger.getLogger(CachedValue.class.getName());

    private final Supplier<T> loader;
    private final Duration ttl;
    private final Clock clock;
    private T value;
    private Instant loadedAt;

    /**
     * @param loader   what to cache; may throw, see the class comment
     * @param fallback the value until the first successful load
     * @param ttl      how long a loaded value is served, positive
     * @param clock    the source of "now"
     */
    public CachedValue(Supplier<T> loader, T fallback, Duration ttl, Clock clock) {
        this.loader = Objects.requireNonNull(loader, "Loader is required.");
        this.value = Objects.requireNonNull(fallback, "Fallback is required.");
        this.ttl = Objects.requireNonNull(ttl, "Time to live is required.");
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("Time to live must be positive: " + ttl);
        }
    }

    /** The cached value, loaded again first when it is older than the time to live. */
    public synchronized T get() {
        Instant now = clock.instant();
        if (loadedAt == null || !now.isBefore(loadedAt.plus(ttl))) {
            loadedAt = now;
            try {
                value = Objects.requireNonNull(loader.get(), "Loaded value is null.");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Gauge value could not be loaded; serving the last one ({0})",
                        e.getClass().getSimpleName());
            }
        }
        return value;
    }
}
