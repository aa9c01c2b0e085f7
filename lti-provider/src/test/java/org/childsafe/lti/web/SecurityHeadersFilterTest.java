package org.childsafe.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Content-Security-Policy that lets the tool be framed by registered platforms and nothing else. */
class SecurityHeadersFilterTest {

    private static final String PLATFORMS = "https://lms.school.edu.vn https://moodle.example:8443";

    private static List<String> directives(String policy) {
        return Arrays.stream(policy.split(";")).map(String::strip).toList();
    }

    @Test
    void framingAndFormPostsAllowSelfAndTheRegisteredPlatforms() {
        List<String> directives = directives(SecurityHeadersFilter.policy(PLATFORMS));

        assertThat(directives).contains("frame-ancestors 'self' " + PLATFORMS, "form-action 'self' " + PLATFORMS);
    }

    @Test
    void withoutPlatformsOnlySelfMayFrameOrReceiveForms() {
        for (String none : new String[] {"", "   "}) {
            String policy = SecurityHeadersFilter.policy(none);

            assertThat(directives(policy)).contains("frame-ancestors 'self'", "form-action 'self'");
            assertThat(policy).endsWith("frame-ancestors 'self'").doesNotContain("'self' ;").doesNotContain("  ");
        }
    }

    @Test
    void forbidsPluginsAndForeignBaseUrls() {
        assertThat(directives(SecurityHeadersFilter.policy(PLATFORMS)))
                .contains("object-src 'none'", "base-uri 'self'", "default-src 'self'");
    }

    @Test
    void platformOriginsAreNotAllowedAsScriptOrConnectSources() {
        List<String> directives = directives(SecurityHeadersFilter.policy(PLATFORMS));

        assertThat(directives).filteredOn(d -> !d.startsWith("frame-ancestors") && !d.startsWith("form-action"))
                .noneMatch(d -> d.contains("lms.school.edu.vn"));
    }
}
