package org.childsafe.lti.keys.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.childsafe.lti.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.childsafe.lti.keys.application.ToolKeyService;

/**
 * The tool's public JWK Set (RFC 7517 §5) at {@code GET /api/lti/jwks}: the URL registered with platforms as the
 * tool's {@code jwks_uri} (1EdTech Security Framework 1.0 §6.3, "Key distribution"; LTI checklist §2.4).
 *
 * <p>Invariant: the body holds public parameters only. The keys come from {@link ToolKeyService#publicJwks()},
 * which already strips private parameters, and are serialised with nimbus' {@code publicKeysOnly} flag as a second
 * guard.
 *
 * <p>Cacheable for {@value #MAX_AGE_SECONDS} s. Harmless for rotation: a key is published as NEXT one whole
 * rotation before it signs, so rotations only need to be further apart than the longest platform cache.
 * Unauthenticated by design.
 */
@Tag(name = "LTI", description = "What LMS platforms call")
@Path("lti/jwks")
@ApplicationScoped
public class JwksResource {

    /** How long clients may cache the key set. */
    public static final int MAX_AGE_SECONDS = 300;

    @Inject
    ToolKeyService keys;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The tool's public JWK Set: the jwks_uri registered with platforms")
    @APIResponse(responseCode = "200", description = "Public keys only (current, next, previous); cacheable for 300 s")
    @APIResponse(responseCode = "500", description = "server.error",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response jwks() {
        return Response.ok(body())
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE_SECONDS)
                .build();
    }

    String body() {
        return keys.publicJwks().toString(true);
    }
}
