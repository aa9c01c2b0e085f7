package org.childsafe.lti.demo;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Outside demo mode the demo platform does not exist: every {@code /demo/*} request is a 404. */
@WebFilter(filterName = "DemoGuardFilter", urlPatterns = "/demo/*", asyncSupported = true)
public class DemoGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DemoPlatform demo;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (demo.isEnabled()) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
