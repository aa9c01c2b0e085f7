package org.childsafe.lti.launch.domain;

import java.net.URI;
import java.util.Objects;

/**
 * The slice of a platform registration that login initiation and launch validation need.
 *
 * <p>It exists so that the launch code does not depend on the persistence model of a
 * registration. A registration is identified by (issuer, clientId) (LTI-CHECKLIST §2.1: Canvas
 * shares one issuer between tenants). Invariant: every component is present.
 *
 * @param id       the database id of the registration
 * @param issuer   the platform issuer, compared exactly with {@code iss}
 * @param clientId the client_id the platform assigned to the tool
 * @param authUri  the platform's OIDC authorization endpoint
 * @param jwksUri  the platform's JWKS endpoint
 */
public record RegistrationRef(long id, String issuer, String clientId, URI authUri, URI jwksUri) {

    public RegistrationRef {
        Objects.requireNonNull(issuer, "Issuer is required.");
        Objects.requireNonNull(clientId, "Client id is required.");
        Objects.requireNonNull(authUri, "Auth URI is required.");
        Objects.requireNonNull(jwksUri, "JWKS URI is required.");
    }
}
