package org.childsafe.lti.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A registration's platform URLs are absolute http(s), bounded in length, and never script or file URLs. */
class PlatformEndpointsTest {

    private static final String AUTH = "https://lms.school.edu.vn/mod/lti/auth.php";
    private static final String JWKS = "https://lms.school.edu.vn/mod/lti/certs.php";
    private static final String TOKEN = "https://lms.school.edu.vn/mod/lti/token.php";

    @Test
    void acceptsAbsoluteHttpUrlsAndTrimsTheTypedValues() {
        PlatformEndpoints endpoints = PlatformEndpoints.of(" " + AUTH + " ", JWKS, TOKEN, " aud ");

        assertThat(endpoints.authUrl()).isEqualTo(URI.create(AUTH));
        assertThat(endpoints.jwksUrl()).isEqualTo(URI.create(JWKS));
        assertThat(endpoints.tokenUrl()).contains(URI.create(TOKEN));
        assertThat(endpoints.tokenAudience()).contains("aud");
    }

    @Test
    void blankOptionalValuesBecomeEmpty() {
        PlatformEndpoints endpoints = PlatformEndpoints.of(AUTH, "http://localhost:8080/demo/platform/jwks", " ", null);

        assertThat(endpoints.tokenUrl()).isEmpty();
        assertThat(endpoints.tokenAudience()).isEmpty();
    }

    @Test
    void refusesJavascriptUrls() {
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of("javascript:alert(1)", JWKS, null, null));
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of(AUTH, "JavaScript:alert(1)", null, null));
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of(AUTH, JWKS, "javascript://x.example/%0aalert(1)", null));
    }

    @Test
    void refusesFileUrls() {
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of(AUTH, "file:///etc/passwd", null, null));
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of("file://host/share/x", JWKS, null, null));
    }

    @Test
    void refusesRelativeAndHostlessUrls() {
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of("/mod/lti/auth.php", JWKS, null, null));
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of(AUTH, "lms.school.edu.vn/certs", null, null));
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of(AUTH, JWKS, "//lms.school.edu.vn/token", null));
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of("https:/auth", JWKS, null, null));
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of("ftp://lms.school.edu.vn/x", JWKS, null, null));
    }

    @Test
    void refusesMissingOrUnparsableRequiredUrls() {
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of(" ", JWKS, null, null));
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of(AUTH, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of("https://lms example/auth", JWKS, null, null));
    }

    @Test
    void refusesUrlsLongerThan1024Characters() {
        String base = "https://lms.school.edu.vn/";
        String longest = base + "a".repeat(1024 - base.length());
        String tooLong = longest + "a";

        assertThat(PlatformEndpoints.of(longest, JWKS, null, null).authUrl().toString()).hasSize(1024);
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of(tooLong, JWKS, null, null));
        assertThrows(IllegalArgumentException.class, () -> PlatformEndpoints.of(AUTH, JWKS, tooLong, null));
    }

    @Test
    void constructorAppliesTheSameRules() {
        assertThrows(IllegalArgumentException.class, () -> new PlatformEndpoints(URI.create(AUTH),
                URI.create(JWKS), Optional.of(URI.create("file:///token")), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new PlatformEndpoints(null, URI.create(JWKS),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void originIsLowerCaseSchemeAndHost() {
        assertThat(PlatformEndpoints.originOf(URI.create("HTTPS://LMS.School.EDU.vn/mod/lti/auth.php?x=1#y")))
                .isEqualTo("https://lms.school.edu.vn");
    }

    @Test
    void originKeepsNonDefaultPorts() {
        assertThat(PlatformEndpoints.originOf(URI.create("https://Moodle.Example:8443/path")))
                .isEqualTo("https://moodle.example:8443");
        assertThat(PlatformEndpoints.originOf(URI.create("http://localhost:8080/demo")))
                .isEqualTo("http://localhost:8080");
        assertThat(PlatformEndpoints.originOf(URI.create("https://moodle.example:443/mod/lti/auth.php")))
                .as("browsers never send the default port").isEqualTo("https://moodle.example");
        assertThat(PlatformEndpoints.originOf(URI.create("http://moodle.example:80/")))
                .isEqualTo("http://moodle.example");
    }
}
