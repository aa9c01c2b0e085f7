package org.childsafe.report.triage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The counselor-side state of one case ({@code report_case_triage}), kept apart from the intake's
 * {@code ReportCase} so each side owns its own columns: assignee, due time, first response, overdue alert and
 * merge target. Created once per case by the triage watch.
 */
@Entity
@Table(name = "report_case_triage")
public class CaseTriage {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "deployment_pk", nullable = false, updatable = false)
    private long deploymentPk;

    @Column(name = "assignee_user_id")
    private Long assigneeUserId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "overdue_notified_at")
    private Instant overdueNotifiedAt;

    @Column(name = "merged_into_case_id")
    private Long mergedIntoCaseId;

    @Column(name = "seen_at", nullable = false, updatable = false)
    private Instant seenAt;

    protected CaseTriage() {
    }

    public CaseTriage(long caseId, long deploymentPk, Instant dueAt, Instant seenAt) {
        this.caseId = caseId;
        this.deploymentPk = deploymentPk;
        this.dueAt = Objects.requireNonNull(dueAt, "Due time is required.");
        this.seenAt = Objects.requireNonNull(seenAt, "Time is required.");
    }

    /** Records the first response; later responses change nothing. */
    public void responded(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
    }

    public void assign(Long userId) {
        this.assigneeUserId = userId;
    }

    public void reschedule(Instant newDueAt) {
        this.dueAt = Objects.requireNonNull(newDueAt, "Due time is required.");
    }

    public void overdueNotified(Instant now) {
        this.overdueNotifiedAt = now;
    }

    public void mergedInto(long otherCaseId) {
        this.mergedIntoCaseId = otherCaseId;
    }

    public long caseId() {
        return caseId;
    }

    public long deploymentPk() {
        return deploymentPk;
    }

    public Optional<Long> assigneeUserId() {
        return Optional.ofNullable(assigneeUserId);
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Optional<Instant> firstResponseAt() {
        return Optional.ofNullable(firstResponseAt);
    }

    public Optional<Instant> overdueNotifiedAt() {
        return Optional.ofNullable(overdueNotifiedAt);
    }

    public Optional<Long> mergedIntoCaseId() {
        return Optional.ofNullable(mergedIntoCaseId);
    }

    public Instant seenAt() {
        return seenAt;
    }

    /** Whether the case waits past its due time without a first response. */
    public boolean overdue(Instant now) {
        return DuePolicy.overdue(dueAt, firstResponseAt, now);
    }
}
