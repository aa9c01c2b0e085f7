package org.childsafe.lti.services.token;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.childsafe.lti.registration.domain.Registration;

/**
 * The slice of a registration the token request needs.
 *
 * @param registrationKey what the token cache is keyed on: the registration id (issuer and client id for a
 *                        registration not yet saved)
 * @param clientId        the tool's client id at the platform: {@code iss} and {@code sub} of the assertion
 * @param tokenUrl        the platform's OAuth 2 token endpoint
 * @param audience        the {@code aud} of the assertion when the platform wants something else than the
 *                        token URL (Security Framework §4.1.1; Brightspace, for one)
 */
public record TokenEndpoint(String registrationKey, String clientId, URI tokenUrl, Optional<String> audience) {

    public TokenEndpoint {
        Objects.requireNonNull(registrationKey, "Registration key is required.");
        Objects.requireNonNull(clientId, "Client id is required.");
        Objects.requireNonNull(tokenUrl, "Token URL is required.");
        Objects.requireNonNull(audience, "Audience option is required.");
    }

    /** @throws IllegalArgumentException when the registration has no token URL (it cannot use services) */
    public static TokenEndpoint of(Registration registration) {
        URI tokenUrl = registration.endpoints().tokenUrl().orElseThrow(() -> new IllegalArgumentException(
                "Registration " + registration.issuer() + " has no token URL; it cannot call LTI services."));
        String key = registration.id() != null ? registration.id().toString()
                : registration.issuer() + " " + registration.clientId();
        return new TokenEndpoint(key, registration.clientId(), tokenUrl, registration.endpoints().tokenAudience());
    }

    /** The assertion's {@code aud}: the configured audience if set, else the token URL. */
    public String assertionAudience() {
        return audience.orElse(tokenUrl.toString());
    }
}
