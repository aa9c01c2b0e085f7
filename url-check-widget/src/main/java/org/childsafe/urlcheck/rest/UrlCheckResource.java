package org.childsafe.urlcheck.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.childsafe.lti.i18n.Messages;
import org.childsafe.lti.registration.application.School;
import org.childsafe.lti.registration.application.SchoolDirectory;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;
import org.childsafe.urlcheck.UrlCheckConfig;
import org.childsafe.urlcheck.canonical.InvalidUrlException;
import org.childsafe.urlcheck.school.InvalidListEntryException;
import org.childsafe.urlcheck.school.SchoolCheckService;
import org.childsafe.urlcheck.verdict.AgeBand;
import org.childsafe.urlcheck.verdict.LinkVerdict;
import org.childsafe.urlcheck.verdict.Verdict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The link checker's JSON API.
 *
 * <h2>Endpoints</h2>
 * <ul>
 * <li>{@code POST /api/urlcheck/check} {@code {"url":"…","ageBand":"PRIMARY"}} — one link; inside an LTI launch
 * with the school's lists and policy, otherwise with the engine's defaults.</li>
 * <li>{@code POST /api/urlcheck/check-text} {@code {"text":"…"}} — every link of a pasted text (at most
 * {@code urlcheck.api.max-links}).</li>
 * <li>{@code POST /api/urlcheck/wrong} {@code {"url":"…","comment":"…"}} — "this verdict is wrong", stored without
 * identity.</li>
 * <li>The same three under {@code /api/urlcheck/p/{publicId}/…}: a school's public page, no login, that school's
 * lists and policy.</li>
 * </ul>
 *
 * <h2>Input</h2>
 * Bodies are read through {@link JsonBody}: a declared size over the limit is refused (413
 * {@code urlcheck.body_too_large}) before it is read. {@code Content-Type: application/json} is required (the
 * CSRF filter refuses other POSTs with 403 {@code csrf.rejected}; JAX-RS answers 415 otherwise). Bad links are
 * 400 with the engine's codes ({@code urlcheck.empty}, {@code urlcheck.not_a_url},
 * {@code urlcheck.scheme_not_allowed} for {@code javascript:} and {@code data:}, {@code urlcheck.too_long}).
 * Nothing here fetches the link: the checker only looks it up.
 */
@Path("urlcheck")
@RequestScoped
@Tag(name = "URL checker", description = "Is this link safe for a child?")
public class UrlCheckResource {

    static final String UNKNOWN_SCHOOL = "urlcheck.unknown_school";
    static final String BAD_BAND = "urlcheck.bad_age_band";
    static final String NO_LINKS = "urlcheck.no_links";

    @Inject
    SchoolCheckService service;

    @Inject
    SchoolDirectory schools;

    @Inject
    LtiSession session;

    @Inject
    UrlCheckConfig config;

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check one link", description = "Verdict SAFE, CAUTION or UNSAFE with reasons a child understands. "
            + "Inside an LTI launch the school's lists and age policy apply.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckRequest.class)))
    @APIResponse(responseCode = "200", description = "The verdict", content = @Content(schema = @Schema(implementation = VerdictDoc.class)))
    @APIResponse(responseCode = "400", description = "urlcheck.empty, urlcheck.not_a_url, urlcheck.scheme_not_allowed, "
            + "urlcheck.too_long, urlcheck.malformed_json, urlcheck.bad_age_band", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "urlcheck.body_too_large", content = @Content(mediaType = "application/problem+json"))
    public Response check(InputStream body, @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return check(sessionSchool(), body, length, language);
    }

    @POST
    @Path("check-text")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check every link in a pasted text", description = "Finds links in a chat message or post and "
            + "checks each; at most urlcheck.api.max-links links.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckTextRequest.class)))
    @APIResponse(responseCode = "200", description = "One entry per link found, with a verdict or an error code")
    @APIResponse(responseCode = "400", description = "urlcheck.empty, urlcheck.no_links, urlcheck.too_long, urlcheck.malformed_json",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "urlcheck.body_too_large", content = @Content(mediaType = "application/problem+json"))
    public Response checkText(InputStream body, @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return checkText(sessionSchool(), body, length, language);
    }

    @POST
    @Path("wrong")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tell us a verdict is wrong", description = "Stored for the school's administrator with the "
            + "link, the verdict and the day; never with the reporter's identity.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WrongRequest.class)))
    @APIResponse(responseCode = "202", description = "Stored")
    @APIResponse(responseCode = "400", description = "as /check, and urlcheck.comment_too_long", content = @Content(mediaType = "application/problem+json"))
    public Response wrong(InputStream body, @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return wrong(sessionSchool(), body, length, language);
    }

    @POST
    @Path("p/{publicId}/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check one link for a school's public page", description = "No login; that school's lists and policy.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckRequest.class)))
    @APIResponse(responseCode = "200", description = "The verdict", content = @Content(schema = @Schema(implementation = VerdictDoc.class)))
    @APIResponse(responseCode = "404", description = "urlcheck.unknown_school", content = @Content(mediaType = "application/problem+json"))
    public Response publicCheck(@Parameter(description = "the school's public id") @PathParam("publicId") String publicId,
            InputStream body, @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return check(Optional.of(publicSchool(publicId)), body, length, language);
    }

    @POST
    @Path("p/{publicId}/check-text")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a pasted text for a school's public page")
    @APIResponse(responseCode = "200", description = "One entry per link found")
    @APIResponse(responseCode = "404", description = "urlcheck.unknown_school", content = @Content(mediaType = "application/problem+json"))
    public Response publicCheckText(@PathParam("publicId") String publicId, InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return checkText(Optional.of(publicSchool(publicId)), body, length, language);
    }

    @POST
    @Path("p/{publicId}/wrong")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tell a school a verdict is wrong, from its public page")
    @APIResponse(responseCode = "202", description = "Stored")
    @APIResponse(responseCode = "404", description = "urlcheck.unknown_school", content = @Content(mediaType = "application/problem+json"))
    public Response publicWrong(@PathParam("publicId") String publicId, InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return wrong(Optional.of(publicSchool(publicId)), body, length, language);
    }

    // ------------------------------------------------------------------------------------------ shared

    private Response check(Optional<Long> school, InputStream body, String length, String language) {
        Locale locale = Messages.negotiate(language);
        JsonBody json = JsonBody.read(body, length, config.maxBodyBytes());
        String url = json.string("url").orElse("");
        Optional<AgeBand> band = band(json);
        Verdict verdict = engine(() -> service.check(school, url, band));
        return ok(VerdictJson.verdict(verdict, band.orElseGet(() -> service.defaultBand(school)), locale));
    }

    private Response checkText(Optional<Long> school, InputStream body, String length, String language) {
        Locale locale = Messages.negotiate(language);
        JsonBody json = JsonBody.read(body, length, config.maxTextBodyBytes());
        String text = json.string("text").orElse("");
        Optional<AgeBand> band = band(json);
        int max = config.maxLinks();
        List<LinkVerdict> links = engine(() -> service.checkText(school, text, band, max));
        if (links.isEmpty()) {
            throw new UrlCheckProblemException(400, NO_LINKS);
        }
        return ok(VerdictJson.links(links, links.size() >= max, band.orElseGet(() -> service.defaultBand(school)), locale));
    }

    private Response wrong(Optional<Long> school, InputStream body, String length, String language) {
        Locale locale = Messages.negotiate(language);
        JsonBody json = JsonBody.read(body, length, config.maxBodyBytes());
        String url = json.string("url").orElse("");
        String comment = json.string("comment").orElse(null);
        Optional<AgeBand> band = band(json);
        Verdict verdict = engine(() -> service.reportWrong(school, url, comment, band));
        return Response.accepted(jakarta.json.Json.createObjectBuilder().add("stored", true)
                .add("rating", verdict.rating().name()).build().toString()).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private static Optional<AgeBand> band(JsonBody json) {
        Optional<String> band = json.string("ageBand");
        if (band.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AgeBand.valueOf(band.get()));
        } catch (IllegalArgumentException e) {
            throw new UrlCheckProblemException(400, BAD_BAND);
        }
    }

    private static <T> T engine(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidUrlException e) {
            throw new UrlCheckProblemException(400, e.code());
        } catch (InvalidListEntryException e) {
            throw new UrlCheckProblemException(400, e.code());
        }
    }

    private static Response ok(JsonObject json) {
        return Response.ok(json.toString(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private Optional<Long> sessionSchool() {
        return session.identity().map(LaunchIdentity::deploymentPk);
    }

    private long publicSchool(String publicId) {
        return schools.byPublicId(publicId).map(School::deploymentPk)
                .orElseThrow(() -> new UrlCheckProblemException(404, UNKNOWN_SCHOOL));
    }
}
