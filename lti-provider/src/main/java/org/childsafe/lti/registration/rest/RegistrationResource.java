package org.childsafe.lti.registration.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.childsafe.lti.admin.AdminAccess;
import org.childsafe.lti.registration.application.DeploymentView;
import org.childsafe.lti.registration.application.RegistrationService;
import org.childsafe.lti.registration.application.RegistrationView;

/**
 * {@code /api/admin/registrations}: manual registration of platforms, their deployments and counselors, for the
 * tool administrator (every registration) and LTI administrators (their own). Authentication happens in
 * {@link org.childsafe.lti.admin.web.AdminAccessFilter}; every method acts in {@link AdminAccess#current()}.
 *
 * <p>{@code {deploymentId}} is the platform's {@code deployment_id}, percent-encoded in the path;
 * {@code {userId}} is the tool's user id as {@code GET …/{id}/staff} lists it.
 */
@Path("admin/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    private static final String ID = "{id: [0-9]{1,18}}";
    private static final String DEPLOYMENT = ID + "/deployments/{deploymentId}";

    @Inject
    RegistrationService service;

    @Inject
    AdminAccess access;

    @Context
    UriInfo uri;

    @GET
    public List<RegistrationResponse> list() {
        return service.list(access.current()).stream().map(RegistrationResponse::of).toList();
    }

    @GET
    @Path(ID)
    public RegistrationResponse get(@PathParam("id") long id) {
        return RegistrationResponse.of(service.find(access.current(), id));
    }

    @POST
    public Response create(RegistrationRequest body) {
        RegistrationView created = service.create(access.current(), required(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(RegistrationResponse.of(created)).build();
    }

    @PUT
    @Path(ID)
    public RegistrationResponse update(@PathParam("id") long id, RegistrationRequest body) {
        return RegistrationResponse.of(service.update(access.current(), id, required(body).toDraft()));
    }

    @DELETE
    @Path(ID)
    public void delete(@PathParam("id") long id) {
        service.delete(access.current(), id);
    }

    @POST
    @Path(ID + "/deployments")
    public Response addDeployment(@PathParam("id") long id, DeploymentRequest body) {
        DeploymentView added = service.addDeployment(access.current(), id, required(body).deploymentId(), body.schoolName());
        return Response.created(uri.getAbsolutePathBuilder().segment(added.deploymentId()).build())
                .entity(DeploymentResponse.of(added)).build();
    }

    @PUT
    @Path(DEPLOYMENT)
    public DeploymentResponse renameDeployment(@PathParam("id") long id, @PathParam("deploymentId") String deploymentId,
            DeploymentRequest body) {
        return DeploymentResponse.of(service.renameDeployment(access.current(), id, deploymentId, required(body).schoolName()));
    }

    @DELETE
    @Path(DEPLOYMENT)
    public void removeDeployment(@PathParam("id") long id, @PathParam("deploymentId") String deploymentId) {
        service.removeDeployment(access.current(), id, deploymentId);
    }

    @GET
    @Path(ID + "/staff")
    public List<StaffResponse> staff(@PathParam("id") long id) {
        return service.staff(access.current(), id).stream().map(StaffResponse::of).toList();
    }

    @PUT
    @Path(DEPLOYMENT + "/counselors/{userId: [0-9]{1,18}}")
    public void designateCounselor(@PathParam("id") long id, @PathParam("deploymentId") String deploymentId,
            @PathParam("userId") long userId) {
        service.designateCounselor(access.current(), id, deploymentId, userId);
    }

    @DELETE
    @Path(DEPLOYMENT + "/counselors/{userId: [0-9]{1,18}}")
    public void revokeCounselor(@PathParam("id") long id, @PathParam("deploymentId") String deploymentId,
            @PathParam("userId") long userId) {
        service.revokeCounselor(access.current(), id, deploymentId, userId);
    }

    /** A missing body (JSON {@code null} or nothing) is a malformed request, not a list of missing fields. */
    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
