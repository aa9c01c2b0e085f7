package org.childsafe.lti.observe;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request a {@link Correlation} id (first filter of the chain, see web.xml) and answers it in the
 * {@value Correlation#HEADER} response header. An id sent by the client is ignored: ids are always the tool's
 * own random values, so a log line can never carry client-chosen text through this field.
 */
@WebFilter(filterName = "CorrelationFilter", urlPatterns = "/*", asyncSupported = true)
public class CorrelationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = Correlation.newId();
        Correlation.begin(id);
        try {
            response.setHeader(Correlation.HEADER, id);
            chain.doFilter(request, response);
        } finally {
            Correlation.end();
        }
    }
}
