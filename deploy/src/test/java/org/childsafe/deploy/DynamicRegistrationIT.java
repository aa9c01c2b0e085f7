package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * LTI Dynamic Registration 1.0 on a real Payara Micro (demo mode, so plain http to 127.0.0.1 is allowed): a stub
 * Moodle in the test JVM serves its OpenID configuration and registration endpoint, the tool's
 * {@code /lti/register} registers, and the admin API then lists the registration with origin {@code DYNAMIC}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DynamicRegistrationIT {

    private HttpServer moodle;
    private final List<String> registrationRequests = new CopyOnWriteArrayList<>();
    private ToolClient client;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war();
    }

    @BeforeEach
    void startMoodle() throws IOException {
        client = new ToolClient(SuiteDeployment.baseUrl());
        moodle = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        moodle.createContext("/mod/lti/openid-configuration.php", exchange -> answer(exchange, 200, configuration()));
        moodle.createContext("/mod/lti/openid-registration.php", exchange -> {
            registrationRequests.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, 200, "{\"client_id\":\"it-dyn-client\","
                    + "\"https://purl.imsglobal.org/spec/lti-tool-configuration\":{\"deployment_id\":\"7\"}}");
        });
        moodle.start();
    }

    @AfterEach
    void stopMoodle() {
        moodle.stop(0);
    }

    @Test
    void registersMoodleAndRefusesItTwice() throws Exception {
        HttpResponse<String> page = client.get(registerUrl(issuer() + "/mod/lti/openid-configuration.php"));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("org.imsglobal.lti.close");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'self' " + issuer()));
        assertThat(registrationRequests).singleElement().satisfies(request -> assertThat(request)
                .startsWith("Bearer it-token ").contains("\"initiate_login_uri\":\"" + SuiteDeployment.baseUrl()));

        HttpResponse<String> listed = client.admin("GET", "/api/admin/registrations", null, null);
        assertThat(listed.body()).contains(issuer(), "it-dyn-client", "DYNAMIC", "\"7\"");

        HttpResponse<String> again = client.get(registerUrl(issuer() + "/mod/lti/openid-configuration.php"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("registration.duplicate");
    }

    @Test
    void refusesTheMetadataAddressWithoutStoring() throws Exception {
        HttpResponse<String> page = client.get(registerUrl("https://169.254.169.254/latest/meta-data"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("registration.forbidden_url").doesNotContain("Exception");
    }

    private String registerUrl(String configuration) {
        return "/lti/register?openid_configuration=" + URLEncoder.encode(configuration, StandardCharsets.UTF_8)
                + "&registration_token=it-token";
    }

    private String issuer() {
        return "http://127.0.0.1:" + moodle.getAddress().getPort();
    }

    private String configuration() {
        return """
                {"issuer":"%1$s","token_endpoint":"%1$s/mod/lti/token.php","jwks_uri":"%1$s/mod/lti/certs.php",
                 "authorization_endpoint":"%1$s/mod/lti/auth.php",
                 "registration_endpoint":"%1$s/mod/lti/openid-registration.php",
                 "scopes_supported":["https://purl.imsglobal.org/spec/lti-ags/scope/score"],
                 "response_types_supported":["id_token"],"id_token_signing_alg_values_supported":["RS256"],
                 "https://purl.imsglobal.org/spec/lti-platform-configuration":{"product_family_code":"moodle",
                   "version":"4.5","messages_supported":[{"type":"LtiResourceLinkRequest"}]}}
                """.formatted(issuer());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
