package org.childsafe.lti.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.childsafe.lti.admin.ServletDoubles;
import org.junit.jupiter.api.Test;

/** The CSRF guard of cookie-authenticated JSON requests. */
class CrossSiteCheckTest {

    private static final URI TOOL = URI.create("https://childsafe.school.edu.vn");

    private static boolean crossSite(String header, String value) {
        ServletDoubles.Request request = ServletDoubles.request(Map.of());
        if (header != null) {
            request.header(header, value);
        }
        return CrossSiteCheck.isCrossSite(request.proxy(), TOOL);
    }

    @Test
    void browserRequestsFromOtherSitesAreCrossSite() {
        assertThat(crossSite("Sec-Fetch-Site", "cross-site")).isTrue();
        assertThat(crossSite("Sec-Fetch-Site", "same-site")).isTrue();
        assertThat(crossSite("Origin", "https://evil.example")).isTrue();
        assertThat(crossSite("Origin", "null")).isTrue();
    }

    @Test
    void requestsFromTheToolItselfOrWithoutBrowserHeadersAreNot() {
        assertThat(crossSite("Sec-Fetch-Site", "same-origin")).isFalse();
        assertThat(crossSite("Origin", "https://childsafe.school.edu.vn")).isFalse();
        assertThat(crossSite(null, null)).isFalse();
    }
}
