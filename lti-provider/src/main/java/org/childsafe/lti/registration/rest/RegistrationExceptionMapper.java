package org.childsafe.lti.registration.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.childsafe.lti.i18n.Messages;
import org.childsafe.lti.registration.application.DuplicateRegistrationException;
import org.childsafe.lti.registration.application.FieldProblem;
import org.childsafe.lti.registration.application.InvalidRegistrationException;
import org.childsafe.lti.registration.application.RegistrationException;
import org.childsafe.lti.rest.Problem;

/**
 * The {@link RegistrationException} family as problem JSON: {@code registration.invalid} 400 (with the first
 * field at fault), {@code registration.duplicate} 409, {@code registration.not_found} and
 * {@code deployment.not_found} 404. Messages come from the resource bundle in the caller's language.
 */
@Provider
public class RegistrationExceptionMapper implements ExceptionMapper<RegistrationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RegistrationException exception) {
        return problem(exception, Messages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))).toResponse();
    }

    static Problem problem(RegistrationException exception, Locale locale) {
        if (exception instanceof InvalidRegistrationException invalid) {
            FieldProblem first = invalid.problems().get(0);
            return new Problem(400, invalid.code(), first.message(locale, invalid.getMessage()), first.field());
        }
        int status = exception instanceof DuplicateRegistrationException ? 409 : 404;
        return Problem.of(status, exception.code(), locale);
    }
}
