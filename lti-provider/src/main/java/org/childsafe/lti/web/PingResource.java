package org.childsafe.lti.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/ping} answers 204 and does nothing else: the baseline that load measurements compare real
 * endpoints with, and a cheap reachability check for operators.
 */
@Path("ping")
public class PingResource {

    @GET
    public Response ping() {
        return Response.noContent().build();
    }
}
