package org.childsafe.lti.admin.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.childsafe.lti.admin.AdminAccess;
import org.childsafe.lti.admin.AdminCredentials;
import org.childsafe.lti.admin.AdminScope;
import org.childsafe.lti.admin.LoginThrottle;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.i18n.Messages;
import org.childsafe.lti.rest.Problem;

/**
 * Guards the administration. Every request that passes leaves its {@link AdminScope} in the request attribute
 * {@value AdminScope#REQUEST_ATTRIBUTE}; answers are never cached ({@code Cache-Control: no-store}).
 *
 * <h2>Pages, {@code /admin/*}</h2>
 * Need a tool-administrator or LTI-administrator session, else a redirect to {@value #LOGIN_PAGE} (as a Faces
 * partial-response redirect for Ajax requests). The sign-in page and Faces resources are open.
 *
 * <h2>JSON, {@code /api/admin/*}</h2>
 * Accept {@code Authorization: Basic} with the tool administrator's credentials (no session is created) or an
 * administrator session. Otherwise 401 {@code auth.required} with {@code WWW-Authenticate}; wrong credentials
 * 401 {@code auth.invalid}; too many failures from one address 429 {@code auth.throttled} with
 * {@code Retry-After}. A state-changing request authenticated only by the session cookie must come from the
 * tool's own origin ({@code Origin}, {@code Sec-Fetch-Site}), else 403 {@code auth.forbidden}: this is the CSRF
 * guard of the JSON endpoints.
 */
@WebFilter(filterName = "AdminAccessFilter", urlPatterns = {"/admin/*", "/api/admin/*"}, asyncSupported = true)
public class AdminAccessFilter extends HttpFilter {

    /** The only page under {@code /admin/} open to everyone. */
    public static final String LOGIN_PAGE = "/admin/login.xhtml";

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String CHALLENGE = "Basic realm=\"ChildSafe admin\", charset=\"UTF-8\"";

    @Inject
    AdminAccess access;

    @Inject
    AdminCredentials credentials;

    @Inject
    LoginThrottle throttle;

    @Inject
    ToolConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<AdminScope> scope = path.startsWith("/api/") ? api(request, response) : page(path, request, response);
        if (scope != null) {
            scope.ifPresent(resolved -> request.setAttribute(AdminScope.REQUEST_ATTRIBUTE, resolved));
            chain.doFilter(request, response);
        }
    }

    /** The scope to continue with (empty on an open page), or {@code null} when the login redirect was sent. */
    private Optional<AdminScope> page(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AdminScope> scope = access.fromSession(request);
        boolean open = path.equals(LOGIN_PAGE) || path.contains("/jakarta.faces.resource/");
        if (scope.isEmpty() && !open) {
            redirectToLogin(request, response);
            return null;
        }
        return scope;
    }

    private Optional<AdminScope> api(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Messages.negotiate(request.getHeader("Accept-Language"));
        Optional<BasicCredentials> basic = BasicCredentials.parse(request.getHeader("Authorization"));
        if (basic.isPresent()) {
            return basic(basic.get(), request.getRemoteAddr(), locale, response);
        }
        Optional<AdminScope> scope = access.fromSession(request);
        if (scope.isEmpty()) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
            send(response, Problem.of(401, "auth.required", locale));
            return null;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && CrossSiteCheck.isCrossSite(request, config.baseUrl())) {
            send(response, Problem.of(403, "auth.forbidden", locale));
            return null;
        }
        return scope;
    }

    private Optional<AdminScope> basic(BasicCredentials given, String client, Locale locale, HttpServletResponse response)
            throws IOException {
        Optional<Duration> wait = throttle.blockedFor(client);
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
            send(response, Problem.of(429, "auth.throttled", locale));
            return null;
        }
        if (!credentials.verify(given.username(), given.password())) {
            throttle.failed(client);
            response.setHeader("WWW-Authenticate", CHALLENGE);
            send(response, Problem.of(401, "auth.invalid", locale));
            return null;
        }
        throttle.succeeded(client);
        return Optional.of(AdminScope.toolAdmin());
    }

    private static void redirectToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(login);
    }

    private static void send(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.toJson());
    }
}
