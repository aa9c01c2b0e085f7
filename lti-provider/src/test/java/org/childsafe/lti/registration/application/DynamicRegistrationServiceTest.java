package org.childsafe.lti.registration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import org.childsafe.lti.config.ToolConfigTestData;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationOrigin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LTI Dynamic Registration 1.0 against {@link StubPlatform}, with the registrations kept in memory. */
class DynamicRegistrationServiceTest {

    private static final String BASE = "https://childsafe.school.edu.vn";

    private StubPlatform platform;
    private RegistrationServiceTestDouble registrations;

    @BeforeEach
    void start() throws Exception {
        platform = new StubPlatform();
        registrations = new RegistrationServiceTestDouble();
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    private DynamicRegistrationService service(boolean demo) {
        return new DynamicRegistrationService(registrations, ToolConfigTestData.demo(BASE),
                new PlatformHttpClient(demo, Duration.ofSeconds(1)));
    }

    private DynamicRegistrationException refused(boolean demo, String configUrl, String token) {
        return assertThrows(DynamicRegistrationException.class, () -> service(demo).register(configUrl, token));
    }

    private void assertNothingStored() {
        assertThat(registrations.registrations.findAll()).isEmpty();
        assertThat(registrations.audit.events).isEmpty();
        assertThat(registrations.changes.fired).isEmpty();
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void registersWithMoodleAndStoresDynamicRegistrationWithDeployment() {
        RegistrationView view = service(true).register(platform.configurationUrl(), "reg-token-1");

        assertThat(platform.registrations).hasSize(1);
        StubPlatform.Recorded request = platform.registrations.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.authorization()).isEqualTo("Bearer reg-token-1");
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(json(request.body())).isEqualTo(json("""
                {"application_type":"web","response_types":["id_token"],
                 "grant_types":["implicit","client_credentials"],
                 "initiate_login_uri":"https://childsafe.school.edu.vn/lti/login",
                 "redirect_uris":["https://childsafe.school.edu.vn/lti/launch"],
                 "client_name":"ChildSafe",
                 "jwks_uri":"https://childsafe.school.edu.vn/api/lti/jwks",
                 "logo_uri":"https://childsafe.school.edu.vn/resources/childsafe/logo.svg",
                 "token_endpoint_auth_method":"private_key_jwt",
                 "scope":"https://purl.imsglobal.org/spec/lti-ags/scope/lineitem https://purl.imsglobal.org/spec/lti-ags/scope/score https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
                 "https://purl.imsglobal.org/spec/lti-tool-configuration":{
                   "domain":"childsafe.school.edu.vn",
                   "target_link_uri":"https://childsafe.school.edu.vn/launch/lessons",
                   "custom_parameters":{},
                   "claims":["iss","sub","name"],
                   "messages":[
                     {"type":"LtiResourceLinkRequest","target_link_uri":"https://childsafe.school.edu.vn/lti/launch",
                      "label":"ChildSafe","placements":["ContentArea"]},
                     {"type":"LtiDeepLinkingRequest","target_link_uri":"https://childsafe.school.edu.vn/lti/launch",
                      "label":"ChildSafe","placements":["ContentArea"]}]}}
                """));

        Registration stored = registrations.registrations.findAll().get(0);
        assertThat(stored.issuer()).isEqualTo(platform.issuer());
        assertThat(stored.clientId()).isEqualTo("AbC123clientid");
        assertThat(stored.origin()).isEqualTo(RegistrationOrigin.DYNAMIC);
        assertThat(stored.deployments()).extracting(d -> d.deploymentId()).containsExactly("3");
        assertThat(view.displayName()).isEqualTo("moodle 127.0.0.1");
        assertThat(view.authUrl()).isEqualTo(platform.issuer() + "/mod/lti/auth.php");
        assertThat(registrations.audit.events).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("dynamic-registration");
            assertThat(event.action()).isEqualTo("registration.create");
            assertThat(event.detail()).contains("origin=DYNAMIC").doesNotContain("reg-token-1");
        });
        assertThat(registrations.changes.fired).hasSize(1);
    }

    @Test
    void sendsNoAuthorizationWithoutToken() {
        service(true).register(platform.configurationUrl(), null);

        assertThat(platform.registrations.get(0).authorization()).isNull();
    }

    @Test
    void storesRegistrationWithoutDeploymentWhenPlatformReturnsNone() {
        platform.registrationAnswer = "{\"client_id\":\"c-1\"}";

        service(true).register(platform.configurationUrl(), "t");

        assertThat(registrations.registrations.findAll().get(0).deployments()).isEmpty();
    }

    @Test
    void registersNoDeepLinkingWhenThePlatformDoesNotSupportIt() {
        platform.configuration = platform.configuration.replace(
                "{\"type\":\"LtiDeepLinkingRequest\",\"placements\":[\"ContentArea\"]}",
                "{\"type\":\"LtiSubmissionReviewRequest\"}");
        assertThat(platform.configuration).doesNotContain("LtiDeepLinkingRequest");

        service(true).register(platform.configurationUrl(), "t");

        JsonObject tool = json(platform.registrations.get(0).body())
                .getJsonObject(DynamicRegistrationService.TOOL_CONFIGURATION);
        assertThat(tool.getJsonArray("messages")).hasSize(1);
        assertThat(tool.getJsonArray("messages").getJsonObject(0).getString("type")).isEqualTo("LtiResourceLinkRequest");
    }

    @Test
    void requestsNoScopesThePlatformLacks() {
        platform.configuration = platform.configuration.replace("lti-ags/scope/", "lti-ags/other/")
                .replace("lti-nrps/scope/", "lti-nrps/other/");

        service(true).register(platform.configurationUrl(), "t");

        assertThat(json(platform.registrations.get(0).body()).getString("scope")).isEmpty();
    }

    @Test
    void refusesIssuerOfAnotherHost() {
        platform.configuration = StubPlatform.moodleConfiguration("http://localhost:" + port());

        assertThat(refused(true, platform.configurationUrl(), "t").code()).isEqualTo("registration.issuer_mismatch");
        assertThat(platform.registrations).isEmpty();
        assertNothingStored();
    }

    @Test
    void refusesIssuerWhosePathIsNotAPrefixOfTheConfigurationUrl() {
        platform.configuration = StubPlatform.moodleConfiguration(platform.issuer() + "/other");

        assertThat(refused(true, platform.configurationUrl(), "t").code()).isEqualTo("registration.issuer_mismatch");
        assertNothingStored();
    }

    @Test
    void refusesPlainHttpOutsideDemoMode() {
        assertThat(refused(false, platform.configurationUrl(), "t").code()).isEqualTo("registration.forbidden_url");
        assertThat(platform.requestedPaths()).isEmpty();
        assertNothingStored();
    }

    @Test
    void refusesLoopbackOverHttpsOutsideDemoMode() {
        DynamicRegistrationException e = refused(false, "https://127.0.0.1:" + port() + StubPlatform.CONFIG_PATH, "t");

        assertThat(e.code()).isEqualTo("registration.forbidden_url");
        assertThat(platform.requestedPaths()).isEmpty();
    }

    @Test
    void refusesMetadataAddressBeforeAnyConnection() {
        assertThat(refused(true, "https://169.254.169.254/latest/meta-data", "t").code())
                .isEqualTo("registration.forbidden_url");
        assertThat(refused(true, "https://[fd00:ec2::254]/latest/meta-data", "t").code())
                .isEqualTo("registration.forbidden_url");
        assertNothingStored();
    }

    @Test
    void doesNotFollowRedirects() {
        assertThat(refused(true, platform.issuer() + "/redirect", "t").code())
                .isEqualTo("registration.platform_unavailable");
        assertThat(platform.requestedPaths()).containsExactly("/redirect");
        assertNothingStored();
    }

    @Test
    void refusesOversizedConfiguration() {
        assertThat(refused(true, platform.issuer() + "/huge", "t").code()).isEqualTo("registration.malformed");
        assertNothingStored();
    }

    @Test
    void refusesConfigurationThatTimesOut() {
        assertThat(refused(true, platform.issuer() + "/slow", "t").code())
                .isEqualTo("registration.platform_unavailable");
        assertNothingStored();
    }

    @Test
    void refusesPlatformWithoutRs256() {
        platform.configuration = platform.configuration.replace(
                "\"id_token_signing_alg_values_supported\":[\"RS256\"]", "\"id_token_signing_alg_values_supported\":[\"ES256\"]");

        assertThat(refused(true, platform.configurationUrl(), "t").code()).isEqualTo("registration.unsupported_platform");
        assertThat(platform.registrations).isEmpty();
    }

    @Test
    void refusesConfigurationWithoutRegistrationEndpoint() {
        platform.configuration = platform.configuration.replace("\"registration_endpoint\"", "\"other_endpoint\"");

        assertThat(refused(true, platform.configurationUrl(), "t").code()).isEqualTo("registration.malformed");
    }

    @Test
    void refusesConfigurationWithoutLtiPlatformConfiguration() {
        platform.configuration = platform.configuration.replace("lti-platform-configuration", "other");

        assertThat(refused(true, platform.configurationUrl(), "t").code()).isEqualTo("registration.malformed");
    }

    @Test
    void reportsPlatformRefusalAndStoresNothing() {
        platform.registrationStatus = 400;
        platform.registrationAnswer = "{\"error\":\"invalid_client_metadata\"}";

        assertThat(refused(true, platform.configurationUrl(), "t").code()).isEqualTo("registration.platform_refused");
        assertNothingStored();
    }

    @Test
    void reportsPlatformServerErrorAndStoresNothing() {
        platform.registrationStatus = 500;

        assertThat(refused(true, platform.configurationUrl(), "t").code()).isEqualTo("registration.platform_refused");
        assertNothingStored();
    }

    @Test
    void reportsMalformedRegistrationAnswerAndStoresNothing() {
        platform.registrationAnswer = "{\"client_id\":";

        assertThat(refused(true, platform.configurationUrl(), "t").code()).isEqualTo("registration.malformed");
        assertNothingStored();
    }

    @Test
    void reportsAnswerWithoutClientIdAsMalformed() {
        platform.registrationAnswer = "{\"client_name\":\"ChildSafe\"}";

        assertThat(refused(true, platform.configurationUrl(), "t").code()).isEqualTo("registration.malformed");
        assertNothingStored();
    }

    @Test
    void reportsMalformedConfiguration() {
        platform.configuration = "<html>not json</html>";

        assertThat(refused(true, platform.configurationUrl(), "t").code()).isEqualTo("registration.malformed");
    }

    @Test
    void refusesDuplicateRegistration() {
        service(true).register(platform.configurationUrl(), "t");

        DuplicateRegistrationException e = assertThrows(DuplicateRegistrationException.class,
                () -> service(true).register(platform.configurationUrl(), "t2"));

        assertThat(e.code()).isEqualTo("registration.duplicate");
        assertThat(registrations.registrations.findAll()).hasSize(1);
        assertThat(registrations.audit.events).hasSize(1);
    }

    @Test
    void refusesMissingConfigurationParameter() {
        assertThat(refused(true, null, "t").code()).isEqualTo("registration.missing_parameter");
    }

    private int port() {
        return Integer.parseInt(platform.issuer().substring(platform.issuer().lastIndexOf(':') + 1));
    }
}
