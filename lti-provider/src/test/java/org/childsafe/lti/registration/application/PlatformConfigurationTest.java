package org.childsafe.lti.registration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks of {@link PlatformConfiguration#parse(String, URI)} on Moodle-shaped configurations. */
class PlatformConfigurationTest {

    private static final String CONFIG_PATH = "/moodle/mod/lti/openid-configuration.php";

    @Test
    void readsMoodleConfiguration() {
        PlatformConfiguration config = PlatformConfiguration.parse(
                StubPlatform.moodleConfiguration("https://lms.school.vn/moodle"),
                URI.create("https://lms.school.vn" + CONFIG_PATH));

        assertThat(config.productFamilyCode()).isEqualTo("moodle");
        assertThat(config.version()).isEqualTo("4.5");
        assertThat(config.messagesSupported()).containsExactly("LtiResourceLinkRequest", "LtiDeepLinkingRequest");
        assertThat(config.registrationEndpoint()).hasToString("https://lms.school.vn/moodle/mod/lti/openid-registration.php");
    }

    @ParameterizedTest
    @CsvSource({
        "https://lms.school.vn/moodl, https://lms.school.vn/moodle/mod/lti/openid-configuration.php",
        "https://lms.school.vn/other, https://lms.school.vn/moodle/mod/lti/openid-configuration.php",
        "https://lms.school.vn:8443/moodle, https://lms.school.vn/moodle/mod/lti/openid-configuration.php",
        "http://lms.school.vn/moodle, https://lms.school.vn/moodle/mod/lti/openid-configuration.php",
        "https://evil.example/moodle, https://lms.school.vn/moodle/mod/lti/openid-configuration.php"})
    void refusesIssuerThatDoesNotMatchTheUrl(String issuer, String url) {
        DynamicRegistrationException e = assertThrows(DynamicRegistrationException.class,
                () -> PlatformConfiguration.parse(StubPlatform.moodleConfiguration(issuer), URI.create(url)));

        assertThat(e.code()).isEqualTo("registration.issuer_mismatch");
    }

    @ParameterizedTest
    @CsvSource({"https://lms.school.vn, /mod/lti/openid-configuration.php",
        "https://lms.school.vn/, /mod/lti/openid-configuration.php",
        "https://LMS.school.vn:443/moodle, /moodle/mod/lti/openid-configuration.php"})
    void acceptsIssuerThatPrefixesTheUrl(String issuer, String path) {
        assertThat(PlatformConfiguration.parse(StubPlatform.moodleConfiguration(issuer),
                URI.create("https://lms.school.vn" + path)).issuer()).hasToString(issuer);
    }

    @Test
    void refusesMembersOfTheWrongType() {
        String config = StubPlatform.moodleConfiguration("https://lms.school.vn")
                .replace("\"messages_supported\":[", "\"messages_supported\":{\"x\":[").replace("}],\n", "}]},\n");

        DynamicRegistrationException e = assertThrows(DynamicRegistrationException.class,
                () -> PlatformConfiguration.parse(config, URI.create("https://lms.school.vn/mod/lti/openid-configuration.php")));

        assertThat(e.code()).isEqualTo("registration.malformed");
    }

    @Test
    void refusesIssuerWithQuery() {
        DynamicRegistrationException e = assertThrows(DynamicRegistrationException.class,
                () -> PlatformConfiguration.parse(StubPlatform.moodleConfiguration("https://lms.school.vn/?a=b"),
                        URI.create("https://lms.school.vn/mod/lti/openid-configuration.php")));

        assertThat(e.code()).isEqualTo("registration.malformed");
    }
}
