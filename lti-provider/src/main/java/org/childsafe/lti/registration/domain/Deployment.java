package org.childsafe.lti.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One LTI deployment of the tool inside a platform ({@code deployment_id} claim). For ChildSafe a school is a
 * registration plus a deployment: counselors, reports and settings belong to a deployment.
 */
@Entity
@Table(name = "lti_deployment")
public class Deployment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @Column(name = "deployment_id", nullable = false, updatable = false)
    private String deploymentId;

    @Column(name = "school_name")
    private String schoolName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "public_id", length = 32, unique = true)
    private String publicId;

    protected Deployment() {
    }

    Deployment(Registration registration, String deploymentId, String schoolName, Instant now) {
        this.registration = Objects.requireNonNull(registration, "Registration is required.");
        this.deploymentId = Registration.requireText(deploymentId, "Deployment id", 255);
        this.schoolName = schoolName == null || schoolName.isBlank() ? null : Registration.requireText(schoolName, "School name", 200);
        this.createdAt = Objects.requireNonNull(now, "Creation time is required.");
        this.publicId = PublicId.generate();
    }

    public Long id() {
        return id;
    }

    public Registration registration() {
        return registration;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public String schoolName() {
        return schoolName;
    }

    public void rename(String schoolName) {
        this.schoolName = schoolName == null || schoolName.isBlank() ? null : Registration.requireText(schoolName, "School name", 200);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /**
     * The opaque id of the school's public pages ({@code /p/<widget>/<publicId>}), assigned here when the deployment
     * predates public ids.
     */
    public String publicId() {
        if (publicId == null) {
            publicId = PublicId.generate();
        }
        return publicId;
    }
}
