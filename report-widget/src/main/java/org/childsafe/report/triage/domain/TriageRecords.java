package org.childsafe.report.triage.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.cases.domain.ReportCase;

/**
 * Stored triage records. As in {@code ReportCaseRepository}, every finder takes the school first and never returns
 * another school's records; the watch queries ({@link #unseenCases}, {@link #overdueUnalerted}) serve the
 * scheduled job, which works for every school and reads no content.
 */
public interface TriageRecords {

    Optional<CaseTriage> triage(long deploymentPk, long caseId);

    Map<Long, CaseTriage> triages(long deploymentPk, Collection<Long> caseIds);

    /**
     * Creates the triage row of a case unless one exists (cluster-safe).
     *
     * @return whether this call created it
     */
    boolean createIfAbsent(long caseId, long deploymentPk, Instant dueAt, Instant now);

    void add(CaseEvent event);

    void add(CaseNote note);

    List<CaseEvent> events(long deploymentPk, long caseId);

    List<CaseNote> notes(long deploymentPk, long caseId);

    /** The school's cases matching the filter, most urgent first, then oldest first. */
    List<ReportCase> queue(long deploymentPk, QueueFilter filter, Instant now, int limit);

    /** Cases without a triage row yet: {@code [caseId, deploymentPk, priority, createdAt]}, oldest first. */
    List<UnseenCase> unseenCases(int limit);

    /** Triage rows past due, without a first response and without an overdue alert yet. */
    List<CaseTriage> overdueUnalerted(Instant now, int limit);

    /** A case the watch has not seen yet. */
    record UnseenCase(long caseId, long deploymentPk, Priority priority, Instant createdAt) {
    }
}
