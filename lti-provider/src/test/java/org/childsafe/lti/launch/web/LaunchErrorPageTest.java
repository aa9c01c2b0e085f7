package org.childsafe.lti.launch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.junit.jupiter.api.Test;

/** The message a user sees for each launch error code, and that it exists in both languages. */
class LaunchErrorPageTest {

    private static final List<String> REGISTRATION = List.of(LtiErrors.UNKNOWN_ISSUER, LtiErrors.UNKNOWN_CLIENT,
            LtiErrors.AMBIGUOUS_CLIENT, LtiErrors.UNKNOWN_DEPLOYMENT);
    private static final List<String> EXPIRED = List.of(LtiErrors.INVALID_STATE, LtiErrors.STATE_EXPIRED,
            LtiErrors.STATE_REPLAYED, LtiErrors.TOKEN_EXPIRED, LtiErrors.NONCE_REPLAYED, LtiErrors.MISSING_STATE);
    private static final List<String> REQUEST = List.of(LtiErrors.MISSING_PARAM, LtiErrors.INVALID_TARGET_LINK_URI,
            LtiErrors.MISSING_ID_TOKEN, LtiErrors.UNKNOWN_WIDGET);
    private static final List<String> SECURITY = List.of(LtiErrors.INVALID_SIGNATURE, LtiErrors.UNSUPPORTED_ALG,
            LtiErrors.UNKNOWN_KID, LtiErrors.INVALID_ISSUER, LtiErrors.INVALID_AUDIENCE, LtiErrors.NONCE_MISMATCH,
            LtiErrors.MALFORMED_TOKEN, LtiErrors.INVALID_ROLES, LtiErrors.JWKS_UNAVAILABLE, LtiErrors.INVALID_PARAM,
            "lti.some_future_code", "");

    @Test
    void platformErrorTellsTheUserToSignInToTheCourse() {
        assertThat(LaunchErrorPage.messageKey(LtiErrors.PLATFORM_ERROR)).isEqualTo("lti.error.platform");
    }

    @Test
    void deepLinkingByALearnerSaysWhoMayAddActivities() {
        assertThat(LaunchErrorPage.messageKey(LtiErrors.DEEP_LINKING_FORBIDDEN))
                .isEqualTo("lti.error.deep-linking-forbidden");
    }

    @Test
    void browserMismatchSuggestsANewWindow() {
        assertThat(LaunchErrorPage.messageKey(LtiErrors.STATE_BROWSER_MISMATCH)).isEqualTo("lti.error.browser");
    }

    @Test
    void unknownPlatformOrDeploymentIsARegistrationProblem() {
        assertThat(REGISTRATION).allSatisfy(code ->
                assertThat(LaunchErrorPage.messageKey(code)).as(code).isEqualTo("lti.error.registration"));
    }

    @Test
    void expiredOrReplayedStateOrTokenAsksToStartAgain() {
        assertThat(EXPIRED).allSatisfy(code ->
                assertThat(LaunchErrorPage.messageKey(code)).as(code).isEqualTo("lti.error.expired"));
    }

    @Test
    void malformedRequestsIncludingUnknownWidgetAreRequestProblems() {
        assertThat(REQUEST).allSatisfy(code ->
                assertThat(LaunchErrorPage.messageKey(code)).as(code).isEqualTo("lti.error.request"));
    }

    @Test
    void everyOtherCodeIsASecurityProblem() {
        assertThat(SECURITY).allSatisfy(code ->
                assertThat(LaunchErrorPage.messageKey(code)).as(code).isEqualTo("lti.error.security"));
    }

    @Test
    void everyMessageKeyExistsInEnglishAndVietnamese() throws IOException {
        Set<String> keys = Stream.of(List.of(LtiErrors.PLATFORM_ERROR, LtiErrors.STATE_BROWSER_MISMATCH),
                        REGISTRATION, EXPIRED, REQUEST, SECURITY)
                .flatMap(List::stream)
                .map(LaunchErrorPage::messageKey)
                .collect(Collectors.toSet());
        Properties en = load("messages_en.properties");
        Properties vi = load("messages_vi.properties");

        assertThat(keys).containsExactlyInAnyOrder("lti.error.platform", "lti.error.browser",
                "lti.error.registration", "lti.error.expired", "lti.error.request", "lti.error.security");
        assertThat(keys).allSatisfy(key -> {
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
            assertThat(vi.getProperty(key)).as("vi " + key).isNotBlank().isNotEqualTo(en.getProperty(key));
        });
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LaunchErrorPageTest.class.getResourceAsStream("/org/childsafe/lti/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
