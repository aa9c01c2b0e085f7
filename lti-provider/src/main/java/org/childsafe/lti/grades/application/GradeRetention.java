package org.childsafe.lti.grades.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.lti.config.RetentionConfig;
import org.childsafe.lti.grades.domain.GradeOutbox;
import org.childsafe.lti.persistence.RetentionPeriod;

/**
 * Deletes grade submissions whose delivery is over and whose period has passed: SENT rows after
 * {@code lti.grades.retention.sent-days} (the score is in the LMS gradebook, which is the record), FAILED rows after
 * {@code lti.grades.retention.failed-days} (long enough for a teacher to see the reason and resend). Rows still on
 * their way (PENDING, RETRYING) are never touched, whatever their age — unless a newer submission of the same
 * learner for the same link superseded them: such a row is never sent, so it goes with the SENT period (unless a
 * dispatcher still holds a lease on it).
 *
 * <p>Each run records one audit event {@value #AUDIT_ACTION} (actor {@value #ACTOR}, target {@value #TARGET}) with the
 * counts and periods, in the same transaction as the deletes, and logs the counts only: no learner id, no score.
 * Running it on two nodes at once is harmless: a delete by age is idempotent, the second node deletes nothing.
 */
@ApplicationScoped
public class GradeRetention {

    /** The audit action of a run. */
    public static final String AUDIT_ACTION = "grades.retention";
    /** The actor of scheduled jobs. */
    public static final String ACTOR = "system";
    /** The installation-wide target of a run. */
    public static final String TARGET = "tool";

    private static final Logger LOG = Logger.getLogger(GradeRetention.class.getName());

    @Inject
    GradeOutbox outbox;

    @Inject
    RetentionConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    protected GradeRetention() {
    }

    /** For tests outside the container. */
    public GradeRetention(GradeOutbox outbox, RetentionConfig config, AuditLog audit, Clock clock) {
        this.outbox = outbox;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /** What one run deleted. */
    public record Purged(int sent, int superseded, int failed) {
    }

    /** Deletes the expired SENT, superseded and FAILED rows of every school and audits the run. */
    @Transactional
    public Purged purge() {
        Instant now = clock.instant();
        RetentionPeriod sentPeriod = config.gradesSent();
        RetentionPeriod failedPeriod = config.gradesFailed();
        int sent = sentPeriod.cutoff(now).map(outbox::deleteSentBefore).orElse(0);
        int superseded = sentPeriod.cutoff(now).map(outbox::deleteSupersededBefore).orElse(0);
        int failed = failedPeriod.cutoff(now).map(outbox::deleteFailedBefore).orElse(0);
        audit.record(ACTOR, AUDIT_ACTION, TARGET, "sent=" + sent + " (" + sentPeriod + "); superseded=" + superseded
                + " (" + sentPeriod + "); failed=" + failed + " (" + failedPeriod + ")");
        LOG.info(() -> "Grade retention run: " + sent + " sent, " + superseded + " superseded and " + failed
                + " failed submissions deleted.");
        return new Purged(sent, superseded, failed);
    }
}
