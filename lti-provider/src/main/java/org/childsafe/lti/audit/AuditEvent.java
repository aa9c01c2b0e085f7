package org.childsafe.lti.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One administrative action, recorded once and never changed: the entity has no setters and every column is
 * {@code updatable = false}; {@link AuditLog} offers no update or delete.
 *
 * <p>{@code actor} is a role-qualified id such as {@code tool-admin} or {@code lti-admin:12:34}; {@code target}
 * names what changed by ids ({@code registration:12/deployment:5}); {@code detail} adds non-personal context
 * (issuer, deployment id, school name). Values longer than their column are clipped rather than refused, so an
 * audit record never makes the change it describes fail.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String target;

    @Column(updatable = false)
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String target, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "Time is required.");
        this.actor = clip(requireText(actor, "Actor"), 255);
        this.action = clip(requireText(action, "Action"), 64);
        this.target = clip(requireText(target, "Target"), 255);
        this.detail = detail == null || detail.isBlank() ? null : clip(detail.strip(), 2000);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required.");
        }
        return value.strip();
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
