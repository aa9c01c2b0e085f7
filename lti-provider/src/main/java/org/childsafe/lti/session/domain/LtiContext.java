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
