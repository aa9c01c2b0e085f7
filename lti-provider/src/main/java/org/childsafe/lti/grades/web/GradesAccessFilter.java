package org.childsafe.lti.grades.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;

/**
 * The grade sync pages ({@code /w/grades/*}) are for instructors and administrators only: a learner (or a guest)
 * gets the "not allowed" page with status 403, fail closed. Without any launch the request passes on, and
 * {@code LtiSessionFilter} answers 401 as for every widget page.
 */
@WebFilter(filterName = "GradesAccessFilter", urlPatterns = "/w/grades/*", asyncSupported = true)
public class GradesAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LtiSession session;

    /** True for a launch of an instructor or administrator with a user id. */
    public static boolean staff(LaunchIdentity identity) {
        return !identity.anonymous() && (identity.has(ToolRole.INSTRUCTOR) || identity.has(ToolRole.ADMINISTRATOR));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<LaunchIdentity> identity = session.identity();
        if (identity.isEmpty() || staff(identity.get())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher("/error/forbidden.xhtml").forward(request, response);
    }
}
