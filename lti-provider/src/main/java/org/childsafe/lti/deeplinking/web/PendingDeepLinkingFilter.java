package org.childsafe.lti.deeplinking.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.childsafe.lti.deeplinking.PendingDeepLinking;

/**
 * Pages under {@code /dl/*} exist only while the session holds an unanswered deep-linking request; otherwise the
 * user gets the "session" error page with 401 (as for widget pages without a launch).
 */
@WebFilter(filterName = "PendingDeepLinkingFilter", urlPatterns = "/dl/*", asyncSupported = true)
public class PendingDeepLinkingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (pending(request.getSession(false))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        request.getRequestDispatcher("/error/session.xhtml").forward(request, response);
    }

    static boolean pending(HttpSession session) {
        return session != null
                && session.getAttribute(PendingDeepLinking.SESSION_ATTRIBUTE) instanceof PendingDeepLinking p
                && p.peek().isPresent();
    }
}
