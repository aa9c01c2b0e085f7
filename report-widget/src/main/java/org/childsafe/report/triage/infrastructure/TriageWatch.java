package org.childsafe.report.triage.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.report.notify.MailKind;
import org.childsafe.report.notify.MailOutbox;
import org.childsafe.report.triage.application.TriageConfig;
import org.childsafe.report.triage.domain.CaseEvent;
import org.childsafe.report.triage.domain.CaseEventKind;
import org.childsafe.report.triage.domain.CaseTriage;
import org.childsafe.report.triage.domain.TriageRecords;
import org.childsafe.report.triage.domain.TriageRecords.UnseenCase;

/**
 * Notices new and overdue cases and queues the counselors' notifications, each in one transaction with the record
 * that it was noticed, so a mail is queued once per case and event however many nodes run the watch:
 * <ul>
 * <li>a case without a triage row gets one (due time from its priority) by an insert that only one node wins; the
 * winner queues "a new report is waiting" to the school's counselors and writes ARRIVED to the chronology;</li>
 * <li>a case past its due time without a first response gets its overdue mark and an "overdue" mail.</li>
 * </ul>
 * Polling the tables (rather than listening to the intake) means no submitted case is ever missed, even one
 * committed just before a crash.
 */
@ApplicationScoped
public class TriageWatch {

    static final int BATCH = 100;

    @Inject
    TriageRecords records;

    @Inject
    MailOutbox mail;

    @Inject
    TriageConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    protected TriageWatch() {
    }

    /** For tests outside the container. */
    public TriageWatch(TriageRecords records, MailOutbox mail, TriageConfig config, AuditLog audit, Clock clock) {
        this.records = records;
        this.mail = mail;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /** Takes in new cases; returns how many this call took. */
    @Transactional
    public int seeNewCases() {
        Instant now = clock.instant();
        int seen = 0;
        for (UnseenCase unseen : records.unseenCases(BATCH)) {
            if (records.createIfAbsent(unseen.caseId(), unseen.deploymentPk(),
                    config.duePolicy().dueAt(unseen.createdAt(), unseen.priority()), now)) {
                records.add(new CaseEvent(unseen.deploymentPk(), unseen.caseId(), unseen.createdAt(), null,
                        CaseEventKind.ARRIVED, unseen.priority().name(), null));
                int queued = mail.queueForSchool(unseen.deploymentPk(), MailKind.NEW_CASE);
                audit.record("system", "report.notify.new", "deployment:" + unseen.deploymentPk() + "/report-case:"
                        + unseen.caseId(), queued + " mail(s) queued");
                seen++;
            }
        }
        return seen;
    }

    /** Alerts on overdue cases; returns how many were alerted. */
    @Transactional
    public int alertOverdue() {
        Instant now = clock.instant();
        int alerted = 0;
        for (CaseTriage triage : records.overdueUnalerted(now, BATCH)) {
            triage.overdueNotified(now);
            records.add(new CaseEvent(triage.deploymentPk(), triage.caseId(), now, null, CaseEventKind.OVERDUE_ALERT,
                    null, null));
            int queued = mail.queueForSchool(triage.deploymentPk(), MailKind.OVERDUE);
            audit.record("system", "report.notify.overdue", "deployment:" + triage.deploymentPk() + "/report-case:"
                    + triage.caseId(), queued + " mail(s) queued");
            alerted++;
        }
        return alerted;
    }
}
