package org.childsafe.lti.launch.application;

import java.io.IOException;
import java.net.URI;

import com.nimbusds.jose.jwk.JWKSet;

/**
 * Port that downloads a platform's JSON Web Key Set.
 *
 * <p>It exists so that {@link PlatformKeySource} can cache and rate-limit key retrieval without
 * doing I/O itself, and so tests can count fetches. Implementations must time out and must
 * signal every failure (network, status, size, parse) as an {@link IOException}.
 */
public interface JwksFetcher {

    /**
     * @param jwksUri the platform JWKS URL from the registration
     * @return the parsed key set
     * @throws IOException when the set cannot be fetched or parsed
     */
    JWKSet fetch(URI jwksUri) throws IOException;
}
