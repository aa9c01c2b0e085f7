package org.childsafe.lti.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.childsafe.lti.i18n.Messages;

/**
 * The JAX-RS runtime's own refusals (unknown path, wrong method, unsupported media type, unreadable body) as
 * problem JSON, keeping their status. The exception's message is never shown: it may name classes or echo input.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response answer = problem(original.getStatus(), Messages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
                .toResponse();
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? answer : Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
    }

    /** The problem for a status chosen by the JAX-RS runtime or by a resource. */
    static Problem problem(int status, Locale locale) {
        return Problem.of(status, code(status), locale);
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "request.malformed";
            case 401 -> "auth.required";
            case 403 -> "auth.forbidden";
            case 404 -> "resource.not_found";
            case 405 -> "method.not_allowed";
            case 406 -> "media.not_acceptable";
            case 415 -> "media.unsupported";
            default -> status >= 500 ? "server.error" : "request.rejected";
        };
    }
}
