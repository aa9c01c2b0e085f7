package org.childsafe.lti.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Security headers on every response, fit for a tool that lives inside an LMS iframe.
 *
 * <ul>
 * <li>{@code Content-Security-Policy} with {@code frame-ancestors 'self'} plus the registered platform origins
 * ({@link FrameAncestors}): the tool can be embedded in the school's LMS and nowhere else (clickjacking). No
 * {@code X-Frame-Options}: it cannot list several origins and would break embedding.</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer} (links a child opens never
 * learn where they came from), a restrictive {@code Permissions-Policy}.</li>
 * <li>{@code Cache-Control: no-store} on everything but versioned static resources: pages may show a child's
 * data and must not stay in a shared computer's cache.</li>
 * </ul>
 * If the registrations cannot be read, the policy falls back to {@code frame-ancestors 'self'} (fail closed).
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class.getName());

    @Inject
    transient FrameAncestors frameAncestors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String platforms = platformOrigins();
        response.setHeader("Content-Security-Policy", policy(platforms));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin-allow-popups");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /**
     * The CSP for a given, already validated, list of platform origins. Public for the Dynamic Registration page,
     * which a platform frames before it is registered.
     */
    public static String policy(String platformOrigins) {
        String platforms = platformOrigins.isBlank() ? "" : " " + platformOrigins;
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; "
                + "form-action 'self'" + platforms + "; "
                + "frame-ancestors 'self'" + platforms;
    }

    private String platformOrigins() {
        try {
            return frameAncestors.origins();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read platform origins; framing limited to self.", e);
            return "";
        }
    }
}
