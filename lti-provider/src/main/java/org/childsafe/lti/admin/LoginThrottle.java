package org.childsafe.lti.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code tool.admin.login.max-failures} failed sign-ins from one client address
 * within {@code tool.admin.login.window-seconds}, further attempts from it are refused, even with the right
 * password, until the oldest failure leaves the window. A success clears the address's record.
 *
 * <h2>Limits</h2>
 * Memory only, per node (a cluster of N nodes allows N times the failures), and keyed by the address the
 * container reports: behind a reverse proxy configure Payara to use the forwarded address, or all clients share
 * one budget. At most {@value #MAX_CLIENTS} addresses are tracked: stale ones are dropped first, and while all are
 * fresh a new address is not tracked.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_CLIENTS = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private int maxFailures;
    private Duration window;
    private Clock clock;

    protected LoginThrottle() {
    }

    @Inject
    LoginThrottle(AdminConfig config, Clock clock) {
        this(config.maxFailures(), config.failureWindow(), clock);
    }

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long this client must wait before trying again; empty when it may try now. */
    public Optional<Duration> blockedFor(String client) {
        Instant now = clock.instant();
        Instant[] oldest = new Instant[1];
        failures.computeIfPresent(client, (key, times) -> {
            Deque<Instant> kept = prune(times, now);
            oldest[0] = kept != null && kept.size() >= maxFailures ? kept.peekFirst() : null;
            return kept;
        });
        return Optional.ofNullable(oldest[0]).map(first -> Duration.between(now, first.plus(window)));
    }

    /** Counts a failed sign-in of this client. */
    public void failed(String client) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_CLIENTS && !failures.containsKey(client)) {
            failures.keySet().forEach(key -> failures.computeIfPresent(key, (k, times) -> prune(times, now)));
            if (failures.size() >= MAX_CLIENTS) {
                return;
            }
        }
        failures.compute(client, (key, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            prune(kept, now);
            kept.addLast(now);
            return kept;
        });
    }

    /** Forgets this client's failures after a successful sign-in. */
    public void succeeded(String client) {
        failures.remove(client);
    }

    private Deque<Instant> prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
        return times.isEmpty() ? null : times;
    }
}
