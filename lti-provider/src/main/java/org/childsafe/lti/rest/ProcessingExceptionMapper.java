package org.childsafe.lti.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lti.i18n.Messages;

/**
 * {@link ProcessingException}s: Jersey wraps an unreadable JSON body in one (→ 400 {@code request.malformed}),
 * but so does a failing outgoing JAX-RS client call, which is the server's problem (→ 500 {@code server.error}).
 * The wrapped cause decides.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(ProcessingExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException exception) {
        Problem problem = problem(exception, Messages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        if (problem.status() >= 500) {
            LOG.log(Level.SEVERE, "Processing failed while answering a request.", exception);
        }
        return problem.toResponse();
    }

    static Problem problem(ProcessingException exception, Locale locale) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException || cause instanceof NoContentException) {
                return Problem.of(400, "request.malformed", locale);
            }
        }
        return Problem.of(500, "server.error", locale);
    }
}
