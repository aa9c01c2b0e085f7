package org.childsafe.report.abuse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window counters: at most {@code limit} events per key within {@code window}. In memory only, per node:
 * the keys are salted hashes and case codes, and forgetting them at restart is acceptable (a limit that resets
 * errs on the side of letting a child through).
 *
 * <p>Memory is bounded: keys whose events are all outside the window are dropped when the map grows past
 * {@value #SWEEP_ABOVE} keys.
 */
public final class RateLimiter {

    static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Duration window;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    /** Counts an event for {@code key} if fewer than {@code limit} happened in the window; else refuses it. */
    public boolean tryAcquire(String key, int limit) {
        Instant now = clock.instant();
        if (events.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** When the next event for {@code key} will be allowed again (zero if it already is). */
    public Duration retryAfter(String key, int limit) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            Instant now = clock.instant();
            expire(times, now);
            if (times.size() < limit) {
                return Duration.ZERO;
            }
            Duration wait = Duration.between(now, times.peekFirst().plus(window));
            return wait.isNegative() ? Duration.ZERO : wait;
        }
    }

    private void expire(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    private void sweep(Instant now) {
        events.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                expire(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
    }
}
