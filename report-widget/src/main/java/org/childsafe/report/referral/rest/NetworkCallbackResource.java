package org.childsafe.report.referral.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.ParseException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.childsafe.lti.i18n.Messages;
import org.childsafe.lti.rest.Problem;
import org.childsafe.report.referral.application.CallbackRejectedException;
import org.childsafe.report.referral.application.NetworkCallbackService;
import org.childsafe.report.referral.application.ReferralOutbox.CallbackResult;

/**
 * {@code POST /api/report/network/callback}: the national network tells the tool what became of a referral.
 *
 * <p>Body {@code {"jws":"<compact JWS signed by the network>"}} with {@code Content-Type: application/json} (which
 * also satisfies the API's CSRF filter: no browser form can send it cross-site). Answers: 200
 * {@code {"result":"applied"|"duplicate"|"stale"}} (a duplicate or an out-of-order callback is acknowledged, so the
 * network stops retrying it); 400/401/404 problem JSON with codes {@code referral.callback.*}. Nothing about the
 * case is ever returned.
 */
@Tag(name = "National network", description = "Status callbacks of the child-protection network (docs/referral-api.md)")
@Path("report/network/callback")
@RequestScoped
public class NetworkCallbackResource {

    static final int MAX_BODY = 32_768;

    private static final Logger LOG = Logger.getLogger(NetworkCallbackResource.class.getName());

    @Inject
    NetworkCallbackService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a signed status callback for a referral")
    @APIResponse(responseCode = "200", description = "{\"result\":\"applied|duplicate|…\"}")
    @APIResponse(responseCode = "400", description = "referral.callback.malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "signature, issuer or freshness of the JWS refused (referral.callback.* codes)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "referral.callback.unknown_referral",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(String body, @HeaderParam("Accept-Language") String acceptLanguage) {
        Locale locale = Messages.negotiate(acceptLanguage);
        String jws;
        try {
            if (body == null || body.length() > MAX_BODY) {
                return problem(400, "referral.callback.malformed", locale);
            }
            Object value = JSONObjectUtils.parse(body).get("jws");
            if (!(value instanceof String text)) {
                return problem(400, "referral.callback.malformed", locale);
            }
            jws = text;
        } catch (ParseException e) {
            return problem(400, "referral.callback.malformed", locale);
        }
        try {
            CallbackResult result = service.receive(jws);
            return Response.ok("{\"result\":\"" + result.name().toLowerCase(Locale.ROOT) + "\"}").build();
        } catch (CallbackRejectedException e) {
            LOG.warning(() -> "Network callback refused: " + e.code() + " (" + e.getMessage() + ").");
            int status = switch (e.code()) {
                case "referral.callback.malformed" -> 400;
                case "referral.callback.unknown_referral" -> 404;
                default -> 401;
            };
            return problem(status, e.code(), locale);
        }
    }

    static Response problem(int status, String code, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.childsafe.report.i18n.messages", locale);
        return new Problem(status, code, bundle.getString("problem." + code), null).toResponse();
    }
}
