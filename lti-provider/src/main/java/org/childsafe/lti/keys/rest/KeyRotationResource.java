package org.childsafe.lti.keys.rest;

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
@Path("admin/keys")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class KeyRotationResource {

    @Inject
    ToolKeyService keys;

    /** {@code POST /api/admin/keys/rotate}: NEXT becomes CURRENT, and so on; answers the new kids. */
    @POST
    @Path("rotate")
    public KeyRotationResponse rotate() {
        return KeyRotationResponse.from(keys.rotate());
    }

    /** {@code GET /api/admin/keys}: every key, retired ones included, oldest first. */
    @GET
    public List<ToolKeyResponse> list() {
        return keys.keys().stream().map(ToolKeyResponse::from).toList();
    }
}
