package org.childsafe.lti.launch.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PlatformStorageTest {

    @Test
    void theStorageOriginIsTheAuthorizationEndpointsOrigin() {
        assertThat(PlatformStorage.origin(URI.create("https://Moodle.School.edu.vn/mod/lti/auth.php?x=1")))
                .isEqualTo("https://moodle.school.edu.vn");
        assertThat(PlatformStorage.origin(URI.create("https://canvas.example:443/api/lti/authorize_redirect")))
                .isEqualTo("https://canvas.example");
        assertThat(PlatformStorage.origin(URI.create("http://localhost:8080/demo/platform/auth")))
                .isEqualTo("http://localhost:8080");
        assertThat(PlatformStorage.origin(URI.create("http://lms.example:80/auth"))).isEqualTo("http://lms.example");
        assertThat(PlatformStorage.origin(URI.create("https://lms.example:8443/auth"))).isEqualTo("https://lms.example:8443");
    }

    @Test
    void refusesAnOriginForNonHttpUrls() {
        assertThrows(IllegalArgumentException.class, () -> PlatformStorage.origin(URI.create("javascript:alert(1)")));
        assertThrows(IllegalArgumentException.class, () -> PlatformStorage.origin(URI.create("/relative/auth")));
    }

    @Test
    void acceptsOnlyPlainFrameNamesAsStorageTarget() {
        assertThat(PlatformStorage.target("_parent")).contains("_parent");
        assertThat(PlatformStorage.target("post_message_forwarding")).contains("post_message_forwarding");
        assertThat(PlatformStorage.target("lti-storage.frame1")).contains("lti-storage.frame1");
        for (String bad : new String[] {null, "", "a b", "x\"><script>", "frames['x']", "a".repeat(65)}) {
            assertThat(PlatformStorage.target(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void keysNameTheStateAndTheNonce() {
        assertThat(PlatformStorage.stateKey("abc")).isEqualTo("state_abc");
        assertThat(PlatformStorage.nonceKey("n-1")).isEqualTo("nonce_n-1");
    }

    @Test
    void theRelaunchQueryRepeatsTheLoginWithoutStorageTarget() {
        LoginRequest login = new LoginRequest("https://lms.example", "user 7", "https://tool.example/launch/lessons",
                "hint&x=1", "client-1", "dep-1", "_parent", "binding");

        assertThat(PlatformStorage.relaunchQuery(login)).contains("iss=https%3A%2F%2Flms.example&login_hint=user+7"
                + "&target_link_uri=https%3A%2F%2Ftool.example%2Flaunch%2Flessons&lti_message_hint=hint%26x%3D1"
                + "&client_id=client-1&lti_deployment_id=dep-1");
    }

    @Test
    void leavesOutAbsentParametersAndGivesUpOnHugeHints() {
        LoginRequest minimal = new LoginRequest("https://lms.example", "u", "https://tool.example/launch/x", null, null,
                null, null, "b");
        LoginRequest huge = new LoginRequest("https://lms.example", "u", "https://tool.example/launch/x",
                "h".repeat(PlatformStorage.MAX_RELAUNCH_QUERY), null, null, null, "b");

        assertThat(PlatformStorage.relaunchQuery(minimal)).contains(
                "iss=https%3A%2F%2Flms.example&login_hint=u&target_link_uri=https%3A%2F%2Ftool.example%2Flaunch%2Fx");
        assertThat(PlatformStorage.relaunchQuery(huge)).isEmpty();
    }
}
