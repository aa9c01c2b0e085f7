package org.childsafe.lti.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.childsafe.lti.config.RetentionConfig;
import org.childsafe.lti.persistence.RetentionPeriod;

/**
 * Deletes audit events older than {@code tool.audit.retention-days} (default five years; {@code 0} keeps them for
 * ever).
 *
 * <h2>Why the default is long</h2>
 * The audit log is the evidence of who viewed, changed, exported or escalated a child's report and who read a
 * roster. A school, a parent or an authority may ask "who saw this report" long after the case is closed and
 * deleted (24 months by default), for instance in a complaint or a court case. The events hold ids, codes and
 * counselors' reasons, not report content, so keeping them for years is a small privacy cost against that need.
 *
 * <p>Each run records one event {@value #AUDIT_ACTION} (actor {@code system}, target {@code tool}) with the count
 * and the period, after the delete and in the same transaction, so the trail always shows that and when older
 * events were removed. Running it on two nodes at once is harmless: a delete by age is idempotent.
 */
@ApplicationScoped
public class AuditRetention {

    /** The audit action of a run. */
    public static final String AUDIT_ACTION = "audit.retention";

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    @Inject
    AuditLog audit;

    @Inject
    RetentionConfig config;

    @Inject
    Clock clock;

    protected AuditRetention() {
    }

    /** For tests outside the container. */
    public AuditRetention(AuditLog audit, RetentionConfig config, Clock clock) {
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Deletes the expired events and records the run.
     *
     * @return how many events were deleted
     */
    @Transactional
    public int purge() {
        RetentionPeriod period = config.audit();
        int deleted = period.cutoff(clock.instant()).map(audit::deleteBefore).orElse(0);
        audit.record("system", AUDIT_ACTION, "tool", "deleted=" + deleted + " (" + period + ")");
        LOG.info(() -> "Audit retention run: " + deleted + " events older than " + period + " deleted.");
        return deleted;
    }
}
