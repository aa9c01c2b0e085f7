package org.childsafe.lti.session.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.childsafe.lti.session.application.LtiSession;

/**
 * Widget pages ({@code /w/*}) exist only inside a launched LTI session. Without one the user gets a clear
 * "open it from your course" page with status 401, never the widget.
 */
@WebFilter(filterName = "LtiSessionFilter", urlPatterns = "/w/*", asyncSupported = true)
public class LtiSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LtiSession session;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (session.isLaunched()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        request.getRequestDispatcher("/error/session.xhtml").forward(request, response);
    }
}
