package org.childsafe.lti.session.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A tool-side designation: this user is a school counselor for this deployment (school). LMS roles have no
 * "counselor", so an administrator names them here; the designation applies to no other school.
 */
@Entity
@Table(name = "counselor_designation")
public class CounselorDesignation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deployment_pk", nullable = false, updatable = false)
    private long deploymentPk;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "designated_by", nullable = false, updatable = false)
    private String designatedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CounselorDesignation() {
    }

    public CounselorDesignation(long deploymentPk, long userId, String designatedBy, Instant now) {
        this.deploymentPk = deploymentPk;
        this.userId = userId;
        this.designatedBy = Objects.requireNonNull(designatedBy, "Who designated is required.");
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long deploymentPk() {
        return deploymentPk;
    }

    public long userId() {
        return userId;
    }

    public String designatedBy() {
        return designatedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
