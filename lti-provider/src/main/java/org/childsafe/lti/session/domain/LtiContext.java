package org.childsafe.lti.session.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A course (LTI context) inside one deployment; titles are refreshed on each launch. */
@Entity
@Table(name = "lti_context")
public class LtiContext {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deployment_pk", nullable = false, updatable = false)
    private long deploymentPk;

    @Column(name = "context_id", nullable = false, updatable = false)
    private String contextId;

    private String title;

    private String label;

    /** NRPS 2.0 §3.6.1: where the course's membership is, from the latest launch that carried the claim. */
    @Column(name = "nrps_memberships_url", length = 1024)
    private String nrpsMembershipsUrl;

    @Column(name = "nrps_service_versions", length = 100)
    private String nrpsServiceVersions;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LtiContext() {
    }

    public LtiContext(long deploymentPk, String contextId, Instant now) {
        this.deploymentPk = deploymentPk;
        this.contextId = Objects.requireNonNull(contextId, "Context id is required.");
        this.createdAt = now;
    }

    public void describe(String title, String label) {
        this.title = clip(title);
        this.label = clip(label);
    }

    /**
     * Remembers the course's NRPS membership service (NRPS 2.0 §3.6.1), as the latest launch announced it.
     *
     * @param membershipsUrl  the context_memberships_url, at most 1024 characters
     * @param serviceVersions the service_versions joined by commas, at most 100 characters
     */
    public void offersMemberships(String membershipsUrl, String serviceVersions) {
        if (membershipsUrl == null || membershipsUrl.length() > 1024) {
            throw new IllegalArgumentException("The memberships URL must be present and at most 1024 characters.");
        }
        this.nrpsMembershipsUrl = membershipsUrl;
        this.nrpsServiceVersions = serviceVersions == null ? null
                : serviceVersions.substring(0, Math.min(100, serviceVersions.length()));
    }

    /** The NRPS membership container URL, if a launch in this course offered the service. */
    public java.util.Optional<String> nrpsMembershipsUrl() {
        return java.util.Optional.ofNullable(nrpsMembershipsUrl);
    }

    /** The NRPS service versions as announced (comma-separated), if any. */
    public java.util.Optional<String> nrpsServiceVersions() {
        return java.util.Optional.ofNullable(nrpsServiceVersions);
    }

    public Long id() {
        return id;
    }

    public long deploymentPk() {
        return deploymentPk;
    }

    public String contextId() {
        return contextId;
    }

    public String title() {
        return title;
    }

    public String label() {
        return label;
    }

    private static String clip(String value) {
        return value == null ? null : value.substring(0, Math.min(255, value.length()));
    }
}
