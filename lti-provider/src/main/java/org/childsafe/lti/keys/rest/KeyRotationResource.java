package org.childsafe.lti.keys.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.childsafe.lti.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.childsafe.lti.keys.application.ToolKeyService;

/**
 * Administration of the tool's signing keys at {@code /api/admin/keys}: list them, and rotate them on demand
 * (e.g. on a schedule, or at once if a private key may have leaked).
 *
 * <p>Security: this class does no authentication or authorisation itself. Every {@code /api/admin/*} request is
 * checked by the admin filter before it gets here; do not map this resource elsewhere.
 *
 * <p>Invariant: responses carry kids, statuses and dates only, never key material.
 */
@Tag(name = "Tool keys", description = "The tool's signing keys (kids, statuses and dates; never key material)")
@SecurityRequirements({@SecurityRequirement(name = "toolAdmin"), @SecurityRequirement(name = "adminSession")})
@Path("admin/keys")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class KeyRotationResource {

    @Inject
    ToolKeyService keys;

    /** {@code POST /api/admin/keys/rotate}: NEXT becomes CURRENT, and so on; answers the new kids. */
    @POST
    @Path("rotate")
    @Operation(summary = "Rotate the tool's signing keys: NEXT becomes CURRENT")
    @APIResponse(responseCode = "500", description = "server.error",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KeyRotationResponse rotate() {
        return KeyRotationResponse.from(keys.rotate());
    }

    /** {@code GET /api/admin/keys}: every key, retired ones included, oldest first. */
    @GET
    @Operation(summary = "List the tool's keys, retired ones included")
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ToolKeyResponse> list() {
        return keys.keys().stream().map(ToolKeyResponse::from).toList();
    }
}
