package org.childsafe.urlcheck.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.childsafe.lti.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.childsafe.lti.admin.AdminAccess;
import org.childsafe.lti.admin.AdminScope;
import org.childsafe.lti.registration.application.School;
import org.childsafe.lti.registration.application.SchoolDirectory;
import org.childsafe.urlcheck.UrlCheckConfig;
import org.childsafe.urlcheck.school.EntryKind;
import org.childsafe.urlcheck.school.InvalidListEntryException;
import org.childsafe.urlcheck.school.ListType;
import org.childsafe.urlcheck.school.SchoolAdmin;
import org.childsafe.urlcheck.school.SchoolListEntry;
import org.childsafe.urlcheck.school.SchoolListService;
import org.childsafe.urlcheck.stats.WrongVerdictStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A school's allow and block lists and its "this is wrong" reports over JSON, for administrators: under
 * {@code /api/admin/}, so {@link org.childsafe.lti.admin.web.AdminAccessFilter} lets in only the tool administrator
 * (Basic or session) or an LTI administrator, who may manage only schools of their own registration
 * ({@link AdminScope#requireManage(long)}, else 403 {@code auth.forbidden}). The school is addressed by its public
 * id. The widget's settings page offers the same to an LTI administrator inside a launch.
 */
@Path("admin/urlcheck/schools/{publicId}")
@Tag(name = "URL checker administration", description = "A school's allow and block lists and its wrong-verdict reports")
@SecurityRequirements({@SecurityRequirement(name = "toolAdmin"), @SecurityRequirement(name = "adminSession")})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SchoolListResource {

    @Inject
    SchoolListService lists;

    @Inject
    SchoolDirectory schools;

    @Inject
    AdminAccess access;

    @Inject
    WrongVerdictStore wrongVerdicts;

    @Inject
    UrlCheckConfig config;

    @GET
    @Path("lists")
    @Operation(summary = "A school's allow and block entries")
    @APIResponse(responseCode = "404", description = "urlcheck.unknown_school",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response entries(@PathParam("publicId") String publicId) {
        School school = school(publicId);
        JsonArrayBuilder array = Json.createArrayBuilder();
        lists.entries(school.deploymentPk()).forEach(e -> array.add(json(e)));
        return Response.ok(array.build().toString()).build();
    }

    @POST
    @Path("lists")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an allow or block entry", description = "Body {\"list\":\"ALLOW|BLOCK\",\"kind\":\"DOMAIN|URL_PREFIX\","
            + "\"value\":\"example.com\",\"note\":\"why\"}; audited.")
    @APIResponse(responseCode = "201", description = "Added; Location names the entry")
    @APIResponse(responseCode = "400", description = "urlcheck.list.* codes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "urlcheck.list.duplicate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "urlcheck.unknown_school",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("publicId") String publicId, InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length) {
        School school = school(publicId);
        JsonBody json = JsonBody.read(body, length, config.maxBodyBytes());
        ListType list = parse(ListType.class, json.string("list").orElse(""));
        EntryKind kind = parse(EntryKind.class, json.string("kind").orElse(""));
        try {
            SchoolListEntry entry = lists.add(admin(school), list, kind, json.string("value").orElse(""),
                    json.string("note").orElse(null));
            return Response.created(URI.create("/api/admin/urlcheck/schools/" + publicId + "/lists/" + entry.id()))
                    .entity(json(entry).toString()).build();
        } catch (InvalidListEntryException e) {
            throw new UrlCheckProblemException(e.code().equals(SchoolListService.DUPLICATE) ? 409 : 400, e.code());
        }
    }

    @DELETE
    @Path("lists/{id}")
    @Operation(summary = "Remove an entry; audited")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "urlcheck.list.not_found")
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("publicId") String publicId, @PathParam("id") long id) {
        School school = school(publicId);
        try {
            lists.remove(admin(school), id);
            return Response.noContent().build();
        } catch (InvalidListEntryException e) {
            throw new UrlCheckProblemException(404, e.code());
        }
    }

    @GET
    @Path("wrong")
    @Operation(summary = "Open \"this is wrong\" reports of the school (no identities)")
    @APIResponse(responseCode = "404", description = "urlcheck.unknown_school",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "auth.required, auth.invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "auth.forbidden (session request from another origin), csrf.rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "auth.throttled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response wrong(@PathParam("publicId") String publicId) {
        School school = school(publicId);
        access.current().requireManage(school.registrationId());
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (WrongVerdictStore.WrongVerdict w : wrongVerdicts.open(school.deploymentPk(), 200)) {
            array.add(Json.createObjectBuilder().add("id", w.id()).add("canonicalUrl", w.canonicalUrl())
                    .add("verdict", w.verdict()).add("comment", w.comment() == null ? "" : w.comment())
                    .add("reportedOn", w.reportedOn().toString()));
        }
        return Response.ok(array.build().toString()).build();
    }

    private School school(String publicId) {
        School school = schools.byPublicId(publicId)
                .orElseThrow(() -> new UrlCheckProblemException(404, UrlCheckResource.UNKNOWN_SCHOOL));
        access.current().requireManage(school.registrationId());
        return school;
    }

    private SchoolAdmin admin(School school) {
        return new SchoolAdmin(school.registrationId(), school.deploymentPk(), access.current().actor());
    }

    private static jakarta.json.JsonObject json(SchoolListEntry e) {
        return Json.createObjectBuilder().add("id", e.id()).add("list", e.list().name()).add("kind", e.kind().name())
                .add("value", e.value()).add("note", e.note() == null ? "" : e.note())
                .add("createdAt", e.createdAt().toString()).build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new UrlCheckProblemException(400, type == ListType.class ? "urlcheck.list.bad_list" : "urlcheck.list.bad_kind");
        }
    }
}
