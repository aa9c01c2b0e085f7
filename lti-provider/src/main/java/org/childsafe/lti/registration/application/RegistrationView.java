package org.childsafe.lti.registration.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.childsafe.lti.registration.domain.RegistrationOrigin;

/**
 * A registration as administrators see it, read inside the service's transaction so no lazy association is
 * touched afterwards. Optional values ({@code tokenUrl}, {@code tokenAudience}) are {@code null} when absent.
 */
public record RegistrationView(long id, String issuer, String clientId, String displayName, String authUrl,
        String jwksUrl, String tokenUrl, String tokenAudience, RegistrationOrigin origin, String platformOrigin,
        Instant createdAt, Instant updatedAt, List<DeploymentView> deployments) implements Serializable {

    public RegistrationView {
        deployments = List.copyOf(deployments);
    }
}
