package org.childsafe.report.keys;

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

/**
 * {@code /api/admin/report/master-key}: the status of report master-key rotation and the re-wrap command.
 *
 * <p>Security: no checks here. Every {@code /api/admin/*} request passes the admin filter (and, being a POST, the
 * CSRF filter) first; do not map this resource elsewhere. Responses carry key ids and counts only.
 */
@Tag(name = "Report master key", description = "Re-wrapping report data keys after report.master-key changed")
@SecurityRequirements({@SecurityRequirement(name = "toolAdmin"), @SecurityRequirement(name = "adminSession")})
@Path("admin/report/master-key")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class MasterKeyRotationResource {

    @Inject
    MasterKeyRotationService rotation;

    /** {@code GET}: the current key id and how many cases still need re-wrapping. */
    @GET
    @Operation(summary = "Current master key id and the cases still wrapped by another key")
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RewrapResponse status() {
        return new RewrapResponse(rotation.currentMasterKeyId(), 0, rotation.remaining());
    }

    /** {@code POST .../rewrap}: re-wraps every case wrapped by another key, batch by batch. */
    @POST
    @Path("rewrap")
    @Operation(summary = "Re-wrap every case data key with the current master key")
    @APIResponse(responseCode = "500", description = "server.error",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RewrapResponse rewrap() {
        int total = 0;
        int done;
        do {
            done = rotation.rewrapBatch();
            total += done;
        } while (done > 0);
        return new RewrapResponse(rotation.currentMasterKeyId(), total, rotation.remaining());
    }

    /**
     * @param currentMasterKeyId the key new cases and re-wrapped ones use
     * @param rewrapped          cases re-wrapped by this call
     * @param remaining          cases still wrapped by another key (their key is not configured if this stays above 0)
     */
    public record RewrapResponse(String currentMasterKeyId, long rewrapped, long remaining) {
    }
}
