package org.childsafe.lti.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Applies {@code ?lang=vi} or {@code ?lang=en} on any page to this browser session, so the language links in
 * the template are plain links (no script, work with a keyboard and inside any iframe).
 */
@WebFilter(filterName = "LocaleFilter", urlPatterns = "*.xhtml", asyncSupported = true)
public class LocaleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LocaleSelector localeSelector;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        if (lang != null && "GET".equals(request.getMethod())) {
            localeSelector.switchTo(lang);
        }
        chain.doFilter(request, response);
    }
}
