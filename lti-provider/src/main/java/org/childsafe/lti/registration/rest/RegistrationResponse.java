package org.childsafe.lti.registration.rest;

import java.time.Instant;
import java.util.List;
import org.childsafe.lti.registration.application.RegistrationView;

/** A registration with its deployments and their counselors; absent optional values are {@code null}. */
public record RegistrationResponse(long id, String issuer, String clientId, String displayName, String authUrl,
        String jwksUrl, String tokenUrl, String tokenAudience, String origin, String platformOrigin, Instant createdAt,
        Instant updatedAt, List<DeploymentResponse> deployments) {

    static RegistrationResponse of(RegistrationView view) {
        return new RegistrationResponse(view.id(), view.issuer(), view.clientId(), view.displayName(), view.authUrl(),
                view.jwksUrl(), view.tokenUrl(), view.tokenAudience(), view.origin().name(), view.platformOrigin(),
                view.createdAt(), view.updatedAt(), view.deployments().stream().map(DeploymentResponse::of).toList());
    }
}
