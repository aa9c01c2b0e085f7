package org.childsafe.lti.admin.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.childsafe.lti.admin.AdminScopeException;
import org.childsafe.lti.i18n.Messages;
import org.childsafe.lti.rest.Problem;

/** An administrator acting outside their scope: 403 {@code auth.forbidden}; the details go to the log only. */
@Provider
public class AdminScopeExceptionMapper implements ExceptionMapper<AdminScopeException> {

    private static final Logger LOG = Logger.getLogger(AdminScopeExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(AdminScopeException exception) {
        LOG.warning(exception::getMessage);
        return Problem.of(403, "auth.forbidden", Messages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
                .toResponse();
    }
}
