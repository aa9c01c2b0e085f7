package org.childsafe.lti.registration.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.childsafe.lti.rest.Problem;
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
@Tag(name = "Registrations", description = "LMS platforms, their deployments (schools) and counselors")
@SecurityRequirements({@SecurityRequirement(name = "toolAdmin"), @SecurityRequirement(name = "adminSession")})
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
    @Operation(summary = "List the platform registrations the caller may manage")
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RegistrationResponse> list() {
        return service.list(access.current()).stream().map(RegistrationResponse::of).toList();
    }

    @GET
    @Path(ID)
    @Operation(summary = "One platform registration with its deployments")
    @APIResponse(responseCode = "404", description = "registration.not_found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationResponse get(@PathParam("id") long id) {
        return RegistrationResponse.of(service.find(access.current(), id));
    }

    @POST
    @Operation(summary = "Register a platform")
    @APIResponse(responseCode = "201", description = "Created; Location names the registration")
    @APIResponse(responseCode = "400", description = "registration.invalid, request.malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "registration.duplicate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(RegistrationRequest body) {
        RegistrationView created = service.create(access.current(), required(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(RegistrationResponse.of(created)).build();
    }

    @PUT
    @Path(ID)
    @Operation(summary = "Change a platform registration")
    @APIResponse(responseCode = "400", description = "registration.invalid, request.malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "registration.not_found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "registration.duplicate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationResponse update(@PathParam("id") long id, RegistrationRequest body) {
        return RegistrationResponse.of(service.update(access.current(), id, required(body).toDraft()));
    }

    @DELETE
    @Path(ID)
    @Operation(summary = "Delete a platform registration and everything of its schools")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "registration.not_found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        service.delete(access.current(), id);
    }

    @POST
    @Path(ID + "/deployments")
    @Operation(summary = "Add a deployment (school) to a registration")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "registration.invalid, request.malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "registration.not_found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "registration.duplicate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addDeployment(@PathParam("id") long id, DeploymentRequest body) {
        DeploymentView added = service.addDeployment(access.current(), id, required(body).deploymentId(), body.schoolName());
        return Response.created(uri.getAbsolutePathBuilder().segment(added.deploymentId()).build())
                .entity(DeploymentResponse.of(added)).build();
    }

    @PUT
    @Path(DEPLOYMENT)
    @Operation(summary = "Rename a deployment")
    @APIResponse(responseCode = "400", description = "registration.invalid, request.malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "registration.not_found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeploymentResponse renameDeployment(@PathParam("id") long id, @PathParam("deploymentId") String deploymentId,
            DeploymentRequest body) {
        return DeploymentResponse.of(service.renameDeployment(access.current(), id, deploymentId, required(body).schoolName()));
    }

    @DELETE
    @Path(DEPLOYMENT)
    @Operation(summary = "Remove a deployment")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "registration.not_found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void removeDeployment(@PathParam("id") long id, @PathParam("deploymentId") String deploymentId) {
        service.removeDeployment(access.current(), id, deploymentId);
    }

    @GET
    @Path(ID + "/staff")
    @Operation(summary = "Staff of a registration's schools who launched the tool (ids and roles)")
    @APIResponse(responseCode = "404", description = "registration.not_found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<StaffResponse> staff(@PathParam("id") long id) {
        return service.staff(access.current(), id).stream().map(StaffResponse::of).toList();
    }

    @PUT
    @Path(DEPLOYMENT + "/counselors/{userId: [0-9]{1,18}}")
    @Operation(summary = "Designate a school's counselor")
    @APIResponse(responseCode = "204", description = "Designated")
    @APIResponse(responseCode = "404", description = "registration.not_found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void designateCounselor(@PathParam("id") long id, @PathParam("deploymentId") String deploymentId,
            @PathParam("userId") long userId) {
        service.designateCounselor(access.current(), id, deploymentId, userId);
    }

    @DELETE
    @Path(DEPLOYMENT + "/counselors/{userId: [0-9]{1,18}}")
    @Operation(summary = "Revoke a school's counselor")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "registration.not_found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
