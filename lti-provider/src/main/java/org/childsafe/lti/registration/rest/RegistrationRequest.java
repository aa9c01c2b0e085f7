package org.childsafe.lti.registration.rest;

import java.util.List;
import org.childsafe.lti.registration.application.RegistrationDraft;

/**
 * Body of {@code POST} and {@code PUT /api/admin/registrations[/{id}]}. Validation happens in
 * {@link RegistrationDraft#problems()}; on {@code PUT}, issuer and client id must equal the stored ones and
 * {@code deploymentIds} only adds ids (remove one with {@code DELETE …/deployments/{deploymentId}}).
 */
public record RegistrationRequest(String issuer, String clientId, String displayName, String authUrl, String jwksUrl,
        String tokenUrl, String tokenAudience, List<String> deploymentIds) {

    RegistrationDraft toDraft() {
        return new RegistrationDraft(issuer, clientId, displayName, authUrl, jwksUrl, tokenUrl, tokenAudience, deploymentIds);
    }
}
