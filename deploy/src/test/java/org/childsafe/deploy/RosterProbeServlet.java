package org.childsafe.deploy;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.childsafe.lti.roster.RosterException;
import org.childsafe.lti.roster.RosterMember;
import org.childsafe.lti.roster.RosterService;
import org.childsafe.lti.services.ServiceException;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;

/**
 * Test-only (added to the archive by {@link RosterFlowIT}): what {@link RosterService} answers for the launched
 * session, one member per line as {@code userId roles active}, or the error code with 403/409/502.
 */
@WebServlet("/test/roster")
public class RosterProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RosterService roster;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        LaunchIdentity identity = session == null ? null : (LaunchIdentity) session.getAttribute(LtiSession.ATTRIBUTE);
        if (identity == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        try {
            boolean learners = "learners".equals(request.getParameter("filter"));
            String rlid = request.getParameter("rlid");
            StringBuilder out = new StringBuilder();
            for (RosterMember member : learners ? roster.learners(identity, rlid) : roster.members(identity, rlid)) {
                out.append(member.userId()).append(' ').append(member.roles()).append(' ').append(member.active())
                        .append(' ').append(member.displayName().orElse("-")).append('\n');
            }
            response.getWriter().write(out.toString());
        } catch (RosterException e) {
            response.setStatus(RosterException.FORBIDDEN.equals(e.code()) ? 403 : 409);
            response.getWriter().write(e.code());
        } catch (ServiceException e) {
            response.setStatus(502);
            response.getWriter().write(e.code());
        }
    }
}
