package org.childsafe.lti.registration.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.childsafe.lti.registration.domain.PlatformEndpoints;

/**
 * A registration as an administrator typed it (REST body or form), not yet trusted. {@link #problems()} applies
 * every input rule; {@link RegistrationService} refuses a draft with any.
 *
 * <h2>Rules</h2>
 * Issuer: an absolute URL of at most 255 characters, as the {@code iss} claim is (OpenID Connect Core 1.0 §2,
 * https://openid.net/specs/openid-connect-core-1_0.html#IDToken; {@code http} is accepted for test platforms).
 * Client id: at most 255.
 * Display name: at most 200. Authorization, JWKS and token URLs: absolute http(s), no credentials or fragment, at
 * most 1024 (the columns' size). Token audience: at most 255. Deployment ids: at most
 * 100, each at most 255 and distinct. Required: issuer, client id, display name,
 * authorization URL and JWKS URL. No value may contain control characters.
 *
 * @param deploymentIds deployment ids to add (never removes any); {@code null} means none
 */
public record RegistrationDraft(String issuer, String clientId, String displayName, String authUrl, String jwksUrl,
        String tokenUrl, String tokenAudience, List<String> deploymentIds) {

    public RegistrationDraft {
        deploymentIds = deploymentIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(deploymentIds));
    }

    /** Every broken rule, in the order of the fields; empty when the draft is acceptable. */
    public List<FieldProblem> problems() {
        return checks().problems();
    }

    FieldChecks checks() {
        return new FieldChecks()
                .url("issuer", issuer, 255, true)
                .text("clientId", clientId, 255, true)
                .text("displayName", displayName, 200, true)
                .url("authUrl", authUrl, 1024, true)
                .url("jwksUrl", jwksUrl, 1024, true)
                .url("tokenUrl", tokenUrl, 1024, false)
                .text("tokenAudience", tokenAudience, 255, false)
                .deploymentIds("deploymentIds", deploymentIds, 255);
    }

    PlatformEndpoints endpoints() {
        return PlatformEndpoints.of(authUrl, jwksUrl, tokenUrl, tokenAudience);
    }

    List<String> strippedDeploymentIds() {
        return deploymentIds.stream().map(String::strip).toList();
    }
}
