package org.childsafe.lti.demo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.childsafe.lti.services.nrps.NrpsEndpoint;

/**
 * The demo platform's NRPS 2.0 membership container {@code /demo/platform/memberships/<context>} with
 * {@code rlid}, {@code role}, {@code limit} and {@code page}, in pages of {@value DemoRoster#PAGE_SIZE} linked by
 * {@code rel="next"}; it needs a bearer token from the demo token endpoint ({@link DemoAccessTokens}, served by
 * {@link DemoServicesServlet}) with the membership scope.
 *
 * <p>Split out of the NRPS branch's services servlet when it met the AGS branch's one, so that one token endpoint
 * serves both services.
 */
@WebServlet(urlPatterns = DemoRoster.MEMBERSHIPS_PATH + "/*")
public class DemoMembershipsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String NRPS_SCOPE = NrpsEndpoint.SCOPE_MEMBERSHIP_READONLY;

    @Inject
    transient DemoAccessTokens tokens;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authorized(request.getHeader("Authorization"))) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!("/" + DemoPlatform.CONTEXT_ID).equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> rlid = Optional.ofNullable(request.getParameter("rlid"));
        if (rlid.isPresent() && !rlid.get().startsWith("demo-link-")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int page;
        Optional<Integer> limit;
        try {
            page = Integer.parseInt(Optional.ofNullable(request.getParameter("page")).orElse("1"));
            limit = Optional.ofNullable(request.getParameter("limit")).map(Integer::parseInt);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        DemoRoster.Page answer = DemoRoster.page(rlid, Optional.ofNullable(request.getParameter("role")), limit, page);
        if (answer.hasNext()) {
            response.setHeader("Link", "<" + nextUrl(request, page + 1) + ">; rel=\"next\"");
        }
        // JSON is UTF-8 (RFC 8259); without it the writer sends ISO-8859-1 and Vietnamese names arrive broken.
        response.setContentType("application/vnd.ims.lti-nrps.v2.membershipcontainer+json;charset=UTF-8");
        response.getWriter().write(answer.json());
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return tokens.scopes(header.substring("Bearer ".length()).trim(), clock.instant())
                .map(scopes -> scopes.contains(NRPS_SCOPE)).orElse(false);
    }

    private static String nextUrl(HttpServletRequest request, int page) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : new String[] {"rlid", "role", "limit"}) {
            if (request.getParameter(name) != null) {
                query.put(name, request.getParameter(name));
            }
        }
        query.put("page", Integer.toString(page));
        StringBuilder url = new StringBuilder(request.getRequestURL());
        char separator = '?';
        for (Map.Entry<String, String> entry : query.entrySet()) {
            url.append(separator).append(entry.getKey()).append('=')
                    .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }
}
