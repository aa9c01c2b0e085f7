package org.childsafe.deploy.load;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * What a load balancer in front of the instances does, on the client side: round robin over the instances whose
 * readiness check passes ({@link #ready(URI, boolean)}, fed from {@code /health/ready} as a Kubernetes Service is);
 * an instance that refused a connection is skipped for {@link #HOLD_OFF_NANOS}, and a request whose connection was
 * refused is sent to the next instance at once (it never reached a server, so it is safe to repeat). Requests
 * that reached a server and then failed are not repeated: the user sees that error. When no instance is ready
 * (the database is away) it fails open and sends to all, as most balancers do, so users see the tool's own answer.
 */
final class Balancer {

    /** How long an instance that refused a connection is skipped: 2 s. */
    static final long HOLD_OFF_NANOS = 2_000_000_000L;

    /** One request (or a whole sticky flow) against one instance. */
    @FunctionalInterface
    interface Call<T> {
        T call(URI instance) throws IOException, InterruptedException;
    }

    private final List<URI> instances;
    private final LongSupplier nanoClock;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLongArray downUntil;
    private final AtomicIntegerArray notReady;
    private final AtomicLong failovers = new AtomicLong();

    Balancer(List<URI> instances, LongSupplier nanoClock) {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("At least one instance is required.");
        }
        this.instances = List.copyOf(instances);
        this.nanoClock = nanoClock;
        this.downUntil = new AtomicLongArray(instances.size());
        this.notReady = new AtomicIntegerArray(instances.size());
        long now = nanoClock.getAsLong();
        for (int i = 0; i < instances.size(); i++) {
            downUntil.set(i, now);
        }
    }

    /** The next ready instance in turn that has not refused a connection lately; else the next that has not; else the next. */
    URI pick() {
        long now = nanoClock.getAsLong();
        int start = Math.floorMod(next.getAndIncrement(), instances.size());
        int reachable = -1;
        for (int i = 0; i < instances.size(); i++) {
            int candidate = (start + i) % instances.size();
            if (downUntil.get(candidate) - now <= 0) {
                if (notReady.get(candidate) == 0) {
                    return instances.get(candidate);
                }
                reachable = reachable < 0 ? candidate : reachable;
            }
        }
        return instances.get(reachable >= 0 ? reachable : start);
    }

    /** The result of the instance's readiness check. */
    void ready(URI instance, boolean ready) {
        int index = instances.indexOf(instance);
        if (index >= 0) {
            notReady.set(index, ready ? 0 : 1);
        }
    }

    /** The instances, in order. */
    List<URI> instances() {
        return instances;
    }

    /** Runs {@code call} on the next instance; on a refused connection marks it and runs it once on another. */
    <T> T call(Call<T> call) throws IOException, InterruptedException {
        URI first = pick();
        try {
            return call.call(first);
        } catch (ConnectException refused) {
            refused(first);
            URI second = pick();
            if (second.equals(first)) {
                throw refused;
            }
            failovers.incrementAndGet();
            return call.call(second);
        }
    }

    /** Marks {@code instance} as refusing connections. */
    void refused(URI instance) {
        int index = instances.indexOf(instance);
        if (index >= 0) {
            downUntil.set(index, nanoClock.getAsLong() + HOLD_OFF_NANOS);
        }
    }

    /** Requests sent to another instance after a refused connection. */
    long failovers() {
        return failovers.get();
    }
}
