package org.childsafe.lti.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lti.i18n.Messages;

/**
 * The catch-all: anything no other mapper claims is a bug or an outage. It is logged in full on the server and
 * answered with 500 {@code server.error} and a generic message, never the exception's message or stack trace,
 * which could reveal internals or echo personal data.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        LOG.log(Level.SEVERE, "Unexpected failure while answering a request.", exception);
        return problem(Messages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))).toResponse();
    }

    static Problem problem(Locale locale) {
        return Problem.of(500, "server.error", locale);
    }
}
