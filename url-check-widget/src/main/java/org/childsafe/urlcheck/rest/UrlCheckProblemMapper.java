package org.childsafe.urlcheck.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.childsafe.lti.i18n.Messages;
import org.childsafe.lti.rest.Problem;
import org.childsafe.urlcheck.UrlCheckText;

/** The URL checker's refusals as problem JSON: the status and code of the exception, the text in vi or en. */
@Provider
public class UrlCheckProblemMapper implements ExceptionMapper<UrlCheckProblemException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(UrlCheckProblemException e) {
        return problem(e.status(), e.code(), Messages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
                .toResponse();
    }

    /** The problem for a URL checker code in a language. */
    static Problem problem(int status, String code, Locale locale) {
        return new Problem(status, code, UrlCheckText.text(locale, code), null);
    }
}
