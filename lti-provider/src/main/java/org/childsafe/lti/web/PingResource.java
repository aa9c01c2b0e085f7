package org.childsafe.lti.web;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.childsafe.lti.rest.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/ping} answers 204 and does nothing else: the baseline that load measurements compare real
 * endpoints with, and a cheap reachability check for operators.
 */
@Tag(name = "Operations", description = "Reachability")
@Path("ping")
public class PingResource {

    @GET
    @Operation(summary = "Answer 204 and do nothing else (reachability and load baseline)")
    @APIResponse(responseCode = "204", description = "Reachable")
    @APIResponse(responseCode = "500", description = "server.error",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ping() {
        return Response.noContent().build();
    }
}
