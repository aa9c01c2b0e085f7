package org.childsafe.lti.grades.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lti.grades.domain.GradeOutbox;
import org.childsafe.lti.persistence.DatabaseMigrator.SchemaReady;

/**
 * Drains the grade outbox on the container's default {@link ManagedScheduledExecutorService}: every
 * {@code lti.grades.poll-seconds}, and at once after each commit that queued a score (an {@code AFTER_SUCCESS}
 * observer of {@link GradeSubmitted}), never on the learner's request thread. Each application instance has its own
 * owner id; the outbox's leases make instances sharing one database safe (see {@link OutboxDrain}).
 *
 * <p>Only one drain runs at a time per instance (a kick while one runs sets a flag that makes it go round once
 * more), so a burst of submissions does not occupy every managed thread.
 */
@ApplicationScoped
public class GradeDispatcher {

    private static final Logger LOG = Logger.getLogger(GradeDispatcher.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    GradeOutbox outbox;

    @Inject
    GradeSender sender;

    @Inject
    GradesConfig config;

    @Inject
    Clock clock;

    @Inject
    GradeMetrics metrics;

    private final String owner = "node-" + UUID.randomUUID().toString().substring(0, 13);
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile OutboxDrain drain;
    private volatile ScheduledFuture<?> polling;

    void start(@Observes SchemaReady ready) {
        if (!config.dispatcherEnabled()) {
            LOG.info("lti.grades.dispatcher.enabled=false: this instance queues scores but does not send them.");
            return;
        }
        drain = new OutboxDrain(outbox, this::send, config, clock, owner, ThreadLocalRandom.current()::nextDouble);
        long seconds = config.pollInterval().toSeconds();
        polling = executor.scheduleWithFixedDelay(this::runOnce, seconds, seconds, TimeUnit.SECONDS);
        LOG.info(() -> "Grade dispatcher " + owner + " polls every " + seconds + " s.");
    }

    void kick(@Observes(during = TransactionPhase.AFTER_SUCCESS) GradeSubmitted submitted) {
        if (drain != null) {
            executor.execute(this::runOnce);
        }
    }

    /** Sends through the {@link GradeSender}, counting each failed attempt by its stable code. */
    private void send(org.childsafe.lti.grades.domain.Submission submission, String lease) {
        try {
            sender.send(submission, lease);
        } catch (RuntimeException e) {
            metrics.failed(Failure.of(e).code());
            throw e;
        }
    }

    /** This instance's lease owner id (for logs and tests). */
    public String owner() {
        return owner;
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> current = polling;
        if (current != null) {
            current.cancel(false);
        }
    }

    private void runOnce() {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            again.set(false);
            try {
                drain.drain();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Grade dispatcher pass failed; it tries again at the next poll.", e);
            } finally {
                running.set(false);
            }
        }
    }
}
