package org.childsafe.report.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.childsafe.report.audit.CaseAudit;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportCaseRepository;
import org.childsafe.report.guidance.SchoolPolicies;

/**
 * Deletes one school's closed cases whose retention period has passed: the case row, its categories, thread and
 * attachments (and with them the wrapped data key, so no backup of other rows can decrypt them again). Each deletion
 * is audited ({@code report.deleted-by-retention}, actor {@value CaseAudit#SYSTEM}) in the same transaction and
 * logged by case code only. At most {@value #BATCH} cases per school and run, so one run stays short.
 */
@ApplicationScoped
public class RetentionService {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

    @Inject
    ReportCaseRepository cases;

    @Inject
    SchoolPolicies policies;

    @Inject
    CaseAudit audit;

    @Inject
    Clock clock;

    protected RetentionService() {
    }

    /** For tests outside the container. */
    public RetentionService(ReportCaseRepository cases, SchoolPolicies policies, CaseAudit audit, Clock clock) {
        this.cases = cases;
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    /** Schools that have cases at all. */
    @Transactional
    public List<Long> schools() {
        return cases.schoolsWithCases();
    }

    /**
     * Deletes the school's expired closed cases.
     *
     * @return how many were deleted
     */
    @Transactional
    public int purge(long deploymentPk) {
        int months = policies.of(deploymentPk, Locale.ROOT).retentionMonths();
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        int deleted = 0;
        for (ReportCase expired : cases.findClosedBefore(deploymentPk, cutoff, BATCH)) {
            audit.record(CaseAudit.SYSTEM, "report.deleted-by-retention", expired,
                    "code=" + expired.code() + "; closed=" + expired.closedAt().orElse(null) + "; months=" + months);
            if (cases.delete(deploymentPk, expired.id())) {
                deleted++;
                LOG.info(() -> "Retention deleted report " + expired.code() + " of school " + deploymentPk
                        + " (closed more than " + months + " months ago).");
            }
        }
        return deleted;
    }
}
