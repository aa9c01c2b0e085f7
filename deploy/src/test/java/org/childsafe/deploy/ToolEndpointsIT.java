package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The suite's non-launch endpoints on a real Payara Micro: readiness, the tool JWKS and key rotation, the
 * registration admin API with its authentication, CSRF and validation answers, and security headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ToolEndpointsIT {

    private ToolClient client;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war();
    }

    @BeforeEach
    void newClient() {
        client = new ToolClient(SuiteDeployment.baseUrl());
    }

    @Test
    void reportsReadyWhenTheDatabaseIsMigrated() throws Exception {
        HttpResponse<String> health = client.get("/health/ready");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"migrations\":\"complete\"");
    }

    @Test
    void publishesOnlyPublicToolKeysAndRotatesThem() throws Exception {
        JWKSet before = JWKSet.parse(client.get("/api/lti/jwks").body());
        assertThat(before.getKeys()).hasSize(2).allSatisfy(key -> {
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getKeyID()).isNotBlank();
        });
        assertThat(client.get("/api/lti/jwks").body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");

        HttpResponse<String> rotated = client.admin("POST", "/api/admin/keys/rotate", "application/json", "{}");

        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        JWKSet after = JWKSet.parse(client.get("/api/lti/jwks").body());
        assertThat(after.getKeys()).hasSize(3);
        assertThat(after.getKeys()).extracting(k -> k.getKeyID())
                .containsAll(before.getKeys().stream().map(k -> k.getKeyID()).toList());
    }

    @Test
    void refusesTheAdminApiWithoutCredentials() throws Exception {
        HttpResponse<String> anonymous = client.get("/api/admin/registrations");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(anonymous.body()).contains("\"code\":\"auth.required\"").doesNotContain("Exception", "at org.");
        assertThat(anonymous.headers().firstValue("Content-Security-Policy")).as("headers even on refusals").isPresent();
    }

    @Test
    void refusesACrossSiteFormPostToTheApi() throws Exception {
        HttpResponse<String> forged = client.send(client.request("/api/admin/keys/rotate")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("admin:" + SuiteDeployment.adminPassword()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x=1")));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("\"code\":\"csrf.rejected\"");
    }

    @Test
    void validatesRegistrationsWithStableCodes() throws Exception {
        HttpResponse<String> malformed = client.admin("POST", "/api/admin/registrations", "application/json", "{\"issuer\": ");
        HttpResponse<String> badUrl = client.admin("POST", "/api/admin/registrations", "application/json",
                "{\"issuer\":\"https://lms.example\",\"clientId\":\"c\",\"displayName\":\"x\",\"authUrl\":\"javascript:alert(1)\",\"jwksUrl\":\"https://lms.example/jwks\"}");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"code\":\"request.malformed\"");
        assertThat(badUrl.statusCode()).isEqualTo(400);
        assertThat(badUrl.body()).contains("\"code\":\"registration.invalid\"").doesNotContain("<script");
    }

    @Test
    void createsListsAndRefusesDuplicateRegistrations() throws Exception {
        String body = "{\"issuer\":\"https://moodle.school.example\",\"clientId\":\"abc\",\"displayName\":\"THCS Nguyễn Du\","
                + "\"authUrl\":\"https://moodle.school.example/mod/lti/auth.php\",\"jwksUrl\":\"https://moodle.school.example/mod/lti/certs.php\","
                + "\"deploymentIds\":[\"1\",\"2\"]}";

        assertThat(client.admin("POST", "/api/admin/registrations", "application/json", body).statusCode()).isEqualTo(201);
        HttpResponse<String> duplicate = client.admin("POST", "/api/admin/registrations", "application/json", body);
        HttpResponse<String> list = client.admin("GET", "/api/admin/registrations", null, null);

        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("registration.duplicate");
        assertThat(list.body()).contains("THCS Nguyễn Du", "childsafe-demo");
        assertThat(client.get("/index.xhtml").headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("https://moodle.school.example"));
    }

    @Test
    void sendsSecurityHeadersEverywhere() throws Exception {
        HttpResponse<String> home = client.get("/index.xhtml");

        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'"));
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(home.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(client.get("/api/ping").statusCode()).isEqualTo(204);
    }

    @Test
    void escapesReflectedParametersOnTheDemoPages() throws Exception {
        HttpResponse<String> page = client.get("/demo/course.xhtml?as=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&widget=%3Cscript%3E");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert(1)</script>", "widget=<script>");
    }

    @Test
    void refusesAFacesPostbackWithoutItsViewStateToken() throws Exception {
        java.util.Map<String, String> forged = new java.util.LinkedHashMap<>();
        forged.put("loginForm", "loginForm");
        forged.put("loginForm:username", "admin");
        forged.put("loginForm:password", SuiteDeployment.adminPassword());
        forged.put("loginForm:signIn", "Sign in");
        forged.put("jakarta.faces.ViewState", "-1234567890:987654321");

        HttpResponse<String> post = client.postForm("/admin/login.xhtml", forged);
        HttpResponse<String> admin = client.get("/admin/registrations.xhtml");

        assertThat(post.body()).contains("cs-error").doesNotContain("at org.", "at jakarta.", "Caused by");
        assertThat(admin.statusCode()).as("not signed in by a forged postback").isEqualTo(302);
        assertThat(admin.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/admin/login.xhtml"));
    }

    @Test
    void signsInTheToolAdminThroughTheRealForm() throws Exception {
        HttpResponse<String> form = client.get("/admin/login.xhtml");
        java.util.regex.Matcher viewState = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(viewState.find()).isTrue();
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("loginForm", "loginForm");
        fields.put("loginForm:username", "admin");
        fields.put("loginForm:password", SuiteDeployment.adminPassword());
        fields.put("loginForm:signIn", "Sign in");
        fields.put("jakarta.faces.ViewState", viewState.group(1));

        client.postForm("/admin/login.xhtml", fields);
        HttpResponse<String> admin = client.get("/admin/registrations.xhtml");

        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("childsafe-demo");
    }
}
