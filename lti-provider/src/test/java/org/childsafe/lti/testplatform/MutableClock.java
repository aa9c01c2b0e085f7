package org.childsafe.lti.testplatform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test double of {@link Clock} whose time only moves when the test says so.
 *
 * <p>It exists because every time-dependent rule of the launch (exp, iat, leeway, state TTL,
 * JWKS TTL and refetch interval) takes its "now" from an injected clock. Clocks derived with
 * {@link #withZone(ZoneId)} share the same time. Thread-safe.
 */
public final class MutableClock extends Clock {

    /** A fixed, arbitrary start instant, so test results never depend on the real date. */
    public static final Instant DEFAULT_START = Instant.parse("2025-03-01T09:00:00Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** @param start the initial time */
    public MutableClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    /** @return a clock starting at {@link #DEFAULT_START} */
    public static MutableClock atDefaultStart() {
        return new MutableClock(DEFAULT_START);
    }

    /** @return a clock starting at the real current time (for tests talking to real servers) */
    public static MutableClock startingNow() {
        return new MutableClock(Instant.now());
    }

    /** @param amount how far to move time forward (negative moves it back) */
    public void advance(Duration amount) {
        now.updateAndGet(t -> t.plus(amount));
    }

    /** @param instant the new current time */
    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, newZone);
    }
}
