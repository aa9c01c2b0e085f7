package org.childsafe.report.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.report.cases.domain.ReportCase;

/**
 * Writes report events to the append-only {@link AuditLog}, in the caller's transaction (an action is never
 * committed without its record). Targets are {@code deployment:<pk>/report:<case id>}, so a school's audit view
 * ({@code AuditLog.latestUnder("deployment:<pk>")}) lists its report events.
 *
 * <h2>Anonymity</h2>
 * The reporter is always the actor {@value #REPORTER}, whether or not they shared their identity: the audit
 * trail never links a person to a report. Details carry codes and counts, never report content.
 */
@ApplicationScoped
public class CaseAudit {

    /** The actor of everything a reporter does. */
    public static final String REPORTER = "reporter";
    /** The actor of scheduled jobs (retention) and key rotation. */
    public static final String SYSTEM = "system";

    @Inject
    AuditLog log;

    protected CaseAudit() {
    }

    /** Records {@code action} on the case by {@code actor} with a non-personal {@code detail}. */
    public void record(String actor, String action, ReportCase reportCase, String detail) {
        log.record(actor, action, target(reportCase.deploymentPk(), reportCase.id()), detail);
    }

    /** The audit target of a case. */
    public static String target(long deploymentPk, Long caseId) {
        return "deployment:" + deploymentPk + "/report:" + caseId;
    }
}
