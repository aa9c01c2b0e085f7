package org.childsafe.urlcheck.stats;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lti.persistence.DatabaseMigrator;

/**
 * Counts checks in memory and writes the sums to {@link DailyCountStore} once a minute, off the request path: a
 * check costs one {@link LongAdder#increment()}, never a database round trip. What is counted is only
 * (school, day, verdict, category): the link and the person are not part of the key, so they cannot be stored.
 *
 * <p>A crash loses at most the last minute of counts; they are statistics, not records.
 */
@ApplicationScoped
public class CheckCounter {

    private static final Logger LOG = Logger.getLogger(CheckCounter.class.getName());

    /** Key of one counter: everything that is ever stored about a check. */
    record Key(long deploymentPk, LocalDate day, String verdict, String category) {
    }

    private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();

    @Inject
    DailyCountStore store;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    protected CheckCounter() {
    }

    /** For tests outside the container. */
    public CheckCounter(DailyCountStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void start(@Observes DatabaseMigrator.SchemaReady ignored) {
        scheduler.scheduleWithFixedDelay(this::flushQuietly, 60, 60, TimeUnit.SECONDS);
    }

    /** Counts one check of a school (0 = none) that ended in {@code verdict}, decided by {@code category} or none. */
    public void count(long deploymentPk, String verdict, String category) {
        Key key = new Key(deploymentPk, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), verdict,
                category == null ? "" : category);
        pending.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** Writes what was counted since the last flush; returns how many rows it touched. */
    public synchronized int flush() {
        List<DailyCount> deltas = new ArrayList<>();
        for (Map.Entry<Key, LongAdder> e : pending.entrySet()) {
            long n = e.getValue().sumThenReset();
            if (n > 0) {
                Key k = e.getKey();
                deltas.add(new DailyCount(k.deploymentPk(), k.day(), k.verdict(), k.category(), n));
            }
        }
        pending.entrySet().removeIf(e -> e.getValue().sum() == 0 && !e.getKey().day().equals(today()));
        if (!deltas.isEmpty()) {
            try {
                store.add(deltas);
            } catch (RuntimeException e) {
                deltas.forEach(d -> pending.computeIfAbsent(new Key(d.deploymentPk(), d.day(), d.verdict(), d.category()),
                        k -> new LongAdder()).add(d.checks()));
                throw e;
            }
        }
        return deltas.size();
    }

    @PreDestroy
    void flushOnShutdown() {
        flushQuietly();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not store check counts; they are kept for the next try.", e);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
