package org.childsafe.report.triage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a case's chronology ({@code report_case_event}), written once, never changed. {@code detail} holds
 * codes and values (e.g. {@code NEW→ACKNOWLEDGED}, {@code HIGH→LOW}), never report content; {@code reason} is the
 * counselor's stated reason for an edit of a core field, which the triage pages ask them to keep factual.
 */
@Entity
@Table(name = "report_case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deployment_pk", nullable = false, updatable = false)
    private long deploymentPk;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_user_id", updatable = false)
    private Long actorUserId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 32, nullable = false, updatable = false)
    private CaseEventKind kind;

    @Column(name = "detail", length = 200, updatable = false)
    private String detail;

    @Column(name = "reason", length = 500, updatable = false)
    private String reason;

    protected CaseEvent() {
    }

    public CaseEvent(long deploymentPk, long caseId, Instant occurredAt, Long actorUserId, CaseEventKind kind,
            String detail, String reason) {
        this.deploymentPk = deploymentPk;
        this.caseId = caseId;
        this.occurredAt = Objects.requireNonNull(occurredAt, "Time is required.");
        this.actorUserId = actorUserId;
        this.kind = Objects.requireNonNull(kind, "Kind is required.");
        this.detail = clip(detail, 200);
        this.reason = clip(reason, 500);
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Long actorUserId() {
        return actorUserId;
    }

    public CaseEventKind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public String reason() {
        return reason;
    }

    private static String clip(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
