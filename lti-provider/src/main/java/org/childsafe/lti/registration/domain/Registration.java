package org.childsafe.lti.registration.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform (an LMS tenant) that may launch this tool, keyed by {@code (issuer, clientId)} as LTI 1.3 requires:
 * one issuer may host many clients (Canvas uses one issuer for every tenant), and one client may have many
 * {@link Deployment}s.
 *
 * <p>Invariants: issuer and client id never change after creation (they identify the trust relationship); the
 * platform endpoints are absolute http(s) URLs; a deployment id appears at most once per registration.
 */
@Entity
@Table(name = "lti_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String issuer;

    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "auth_url", nullable = false)
    private String authUrl;

    @Column(name = "token_url")
    private String tokenUrl;

    @Column(name = "jwks_url", nullable = false)
    private String jwksUrl;

    @Column(name = "token_audience")
    private String tokenAudience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RegistrationOrigin origin;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Deployment> deployments = new ArrayList<>();

    protected Registration() {
    }

    public Registration(String issuer, String clientId, PlatformEndpoints endpoints, String displayName,
            RegistrationOrigin origin, Instant now) {
        this.issuer = requireText(issuer, "Issuer", 255);
        this.clientId = requireText(clientId, "Client id", 255);
        this.origin = Objects.requireNonNull(origin, "Origin is required.");
        this.createdAt = Objects.requireNonNull(now, "Creation time is required.");
        update(endpoints, displayName, now);
    }

    /** Changes what may change: endpoints and the name shown to admins. */
    public final void update(PlatformEndpoints endpoints, String displayName, Instant now) {
        Objects.requireNonNull(endpoints, "Platform endpoints are required.");
        this.authUrl = endpoints.authUrl().toString();
        this.jwksUrl = endpoints.jwksUrl().toString();
        this.tokenUrl = endpoints.tokenUrl().map(URI::toString).orElse(null);
        this.tokenAudience = endpoints.tokenAudience().orElse(null);
        this.displayName = requireText(displayName, "Display name", 200);
        this.updatedAt = now;
    }

    /** Adds a deployment id if it is new; returns the deployment either way. */
    public Deployment addDeployment(String deploymentId, String schoolName, Instant now) {
        return findDeployment(deploymentId).orElseGet(() -> {
            Deployment deployment = new Deployment(this, deploymentId, schoolName, now);
            deployments.add(deployment);
            return deployment;
        });
    }

    public boolean removeDeployment(String deploymentId) {
        return deployments.removeIf(d -> d.deploymentId().equals(deploymentId));
    }

    public Optional<Deployment> findDeployment(String deploymentId) {
        return deployments.stream().filter(d -> d.deploymentId().equals(deploymentId)).findFirst();
    }

    public Long id() {
        return id;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String displayName() {
        return displayName;
    }

    public PlatformEndpoints endpoints() {
        return new PlatformEndpoints(URI.create(authUrl), URI.create(jwksUrl),
                Optional.ofNullable(tokenUrl).map(URI::create), Optional.ofNullable(tokenAudience));
    }

    public RegistrationOrigin origin() {
        return origin;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Deployment> deployments() {
        return Collections.unmodifiableList(deployments);
    }

    /** The platform's web origin (scheme://host[:port]), derived from its authorization endpoint. */
    public String platformOrigin() {
        return PlatformEndpoints.originOf(URI.create(authUrl));
    }

    static String requireText(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required.");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " must be at most " + max + " characters.");
        }
        return value.strip();
    }
}
