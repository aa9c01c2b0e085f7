package org.childsafe.lti.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.i18n.Messages;
import org.childsafe.lti.rest.Problem;
import org.childsafe.lti.registration.domain.PlatformEndpoints;

/**
 * CSRF protection for the JSON API ({@code /api/*}). Faces forms are protected by their per-view
 * {@code jakarta.faces.ViewState} token (server-side state saving); this filter covers REST.
 *
 * <p>A state-changing request (POST, PUT, PATCH, DELETE) is accepted only if
 * <ol>
 * <li>its {@code Origin} header, when present, is the tool's own origin, and</li>
 * <li>it carries {@code Content-Type: application/json} or the header {@code X-Requested-With}: both are
 * impossible for a cross-site HTML form and force a CORS preflight that this tool never grants.</li>
 * </ol>
 * Rejections answer 403 with problem JSON code {@code csrf.rejected}.
 */
@WebFilter(filterName = "CsrfFilter", urlPatterns = "/api/*", asyncSupported = true)
public class CsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    transient ToolConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        Problem problem = Problem.of(403, "csrf.rejected", Messages.negotiate(request.getHeader("Accept-Language")));
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.toJson());
    }

    boolean allowed(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin)) {
            return false;
        }
        String contentType = request.getContentType();
        boolean json = contentType != null && contentType.toLowerCase(Locale.ROOT).matches("application/([a-z.+-]*\\+)?json.*");
        return json || request.getHeader("X-Requested-With") != null;
    }

    private boolean sameOrigin(String origin) {
        try {
            URI uri = URI.create(origin);
            return uri.getScheme() != null && uri.getHost() != null
                    && PlatformEndpoints.originOf(uri).equals(PlatformEndpoints.originOf(config.baseUrl()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
