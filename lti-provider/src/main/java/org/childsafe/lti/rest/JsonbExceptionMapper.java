package org.childsafe.lti.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.childsafe.lti.i18n.Messages;

/** A JSON-B failure that reaches a resource unwrapped: the request body could not be bound (400). */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException exception) {
        return Problem.of(400, "request.malformed", Messages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
                .toResponse();
    }
}
