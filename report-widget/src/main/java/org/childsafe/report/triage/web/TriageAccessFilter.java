package org.childsafe.report.triage.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;

/**
 * Lets only counselors into {@code /w/report/triage/*}: the launch identity in the session must be a designated
 * counselor ({@link LaunchIdentity#counselor()}, decided per school at launch) with a stored user. Everybody else
 * (learners, teachers, administrators who are not counselors, no launch at all) gets 403 and the forbidden page,
 * before any bean reads a case. The services check again, per case and school.
 */
@WebFilter(filterName = "TriageAccessFilter", urlPatterns = "/w/report/triage/*")
public class TriageAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (counselor(request)) {
            response.setHeader("Cache-Control", "no-store");
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher("/error/forbidden.xhtml").forward(request, response);
    }

    static boolean counselor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object identity = session == null ? null : session.getAttribute(LtiSession.ATTRIBUTE);
        return identity instanceof LaunchIdentity who && who.counselor() && who.userId() != null;
    }
}
