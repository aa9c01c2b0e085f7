package org.childsafe.lti.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;
import org.childsafe.lti.registration.domain.PlatformEndpoints;

/**
 * Whether a request authenticated by cookie was sent by another site (cross-site request forgery). Browsers
 * state the sender in {@code Sec-Fetch-Site} (Fetch Metadata) and, on state-changing requests, in
 * {@code Origin}; a request is same-site when neither names a foreign origin. Programs such as curl send
 * neither and are judged by their credentials alone.
 */
final class CrossSiteCheck {

    private static final Set<String> SAME_SITE_FETCH = Set.of("same-origin", "none");

    private CrossSiteCheck() {
    }

    /** {@code true} when the browser says the request comes from an origin other than the tool's. */
    static boolean isCrossSite(HttpServletRequest request, URI toolBaseUrl) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !SAME_SITE_FETCH.contains(fetchSite)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equalsIgnoreCase(PlatformEndpoints.originOf(toolBaseUrl))
                && !origin.equalsIgnoreCase(requestOrigin(request));
    }

    private static String requestOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("https".equals(request.getScheme()) && port == 443) || ("http".equals(request.getScheme()) && port == 80);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
