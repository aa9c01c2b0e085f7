package org.childsafe.urlcheck.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.lti.persistence.RetentionPeriod;
import org.childsafe.urlcheck.UrlCheckConfig;

/**
 * Deletes "this is wrong" reports older than {@code urlcheck.wrong-verdict.retention-days} (default 180), open or
 * resolved. The school settings page and the tool admin's page list only <em>open</em> reports, newest first, so a
 * resolved report is never shown again and an open one that nobody handled in half a year is stale; its comment is
 * free text that a child may have typed, so it should not stay for ever.
 *
 * <p>Each run records one audit event {@value #AUDIT_ACTION} (actor {@code system}, target {@code tool}) with the
 * count and the period, in the same transaction, and logs the count only. Running it on two nodes at once is
 * harmless: a delete by age is idempotent.
 */
@ApplicationScoped
public class WrongVerdictRetention {

    /** The audit action of a run. */
    public static final String AUDIT_ACTION = "urlcheck.wrong-verdict.retention";

    private static final Logger LOG = Logger.getLogger(WrongVerdictRetention.class.getName());

    @Inject
    WrongVerdictStore store;

    @Inject
    UrlCheckConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    protected WrongVerdictRetention() {
    }

    /** For tests outside the container. */
    public WrongVerdictRetention(WrongVerdictStore store, UrlCheckConfig config, AuditLog audit, Clock clock) {
        this.store = store;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Deletes the expired reports and records the run.
     *
     * @return how many were deleted
     */
    @Transactional
    public int purge() {
        RetentionPeriod period = config.wrongVerdictRetention();
        int deleted = period.cutoffDay(clock.instant()).map(store::deleteReportedBefore).orElse(0);
        audit.record("system", AUDIT_ACTION, "tool", "deleted=" + deleted + " (" + period + ")");
        LOG.info(() -> "Wrong-verdict retention run: " + deleted + " reports older than " + period + " deleted.");
        return deleted;
    }
}
