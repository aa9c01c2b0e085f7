package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.testplatform.LaunchClaimsBuilder;
import org.childsafe.lti.testplatform.TestPlatform;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The LTI 1.3 launch over real HTTP against the suite on Payara Micro, with a test platform that signs real
 * tokens and serves its JWKS on loopback: login initiation → (the test plays the platform) → launch → widget
 * page, and the ways a launch must fail: each answers 400/401 with its code, and none leaves a session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LaunchFlowIT {

    static final String SESSION_COOKIE = "CHILDSAFE_SESSION";

    private static TestPlatform platform;
    private static long registrationId;

    private ToolClient browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war();
    }

    @BeforeEach
    void registerTestPlatformOnce() throws Exception {
        browser = new ToolClient(SuiteDeployment.baseUrl());
        if (platform == null) {
            platform = new TestPlatform(Clock.systemUTC(), "https://lms.it.example", "it-client", "it-dep-1",
                    SuiteDeployment.baseUrl());
            platform.startJwksServer();
            HttpResponse<String> created = browser.admin("POST", "/api/admin/registrations", "application/json",
                    "{\"issuer\":\"" + platform.issuer() + "\",\"clientId\":\"it-client\",\"displayName\":\"IT Moodle\","
                            + "\"authUrl\":\"" + platform.authUri() + "\",\"jwksUrl\":\"" + platform.jwksUri() + "\","
                            + "\"deploymentIds\":[\"it-dep-1\"]}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            registrationId = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        }
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void launchesALearnerIntoTheWidgetThroughTheFullOidcFlow() throws Exception {
        HttpResponse<String> login = browser.get("/lti/login?" + ToolClient.form(loginParameters("lessons")));

        assertThat(login.statusCode()).isEqualTo(302);
        URI auth = URI.create(login.headers().firstValue("Location").orElseThrow());
        assertThat(auth.getPath()).isEqualTo("/auth");
        Map<String, String> request = ToolClient.query(auth);
        assertThat(request).containsEntry("scope", "openid").containsEntry("response_type", "id_token")
                .containsEntry("response_mode", "form_post").containsEntry("prompt", "none")
                .containsEntry("client_id", "it-client").containsEntry("login_hint", "user-42")
                .containsEntry("redirect_uri", SuiteDeployment.baseUrl() + "/lti/launch")
                .containsEntry("lti_message_hint", "{\"cmid\":17}")
                .containsKeys("state", "nonce");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("cs_lti_").contains("HttpOnly", "Secure", "Path=/lti/launch").containsIgnoringCase("SameSite=None"));

        HttpResponse<String> launch = launch(request, claims(request, "lessons"));

        assertThat(launch.statusCode()).as(launch.body()).isEqualTo(303);
        assertThat(launch.headers().firstValue("Location")).hasValue("/w/lessons/index.xhtml");
        assertThat(ToolClient.setCookie(launch, SESSION_COOKIE)).contains("Secure", "HttpOnly").containsIgnoringCase("SameSite=None");

        HttpResponse<String> page = browser.get("/w/lessons/index.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Bài học an toàn", "Học sinh", "Year 7 PSHE").doesNotContain("adminLink");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'self'").contains(origin(platform.authUri())));
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
    }

    @Test
    void acceptsLoginInitiationByPostAndRoutesByCustomParameter() throws Exception {
        HttpResponse<String> login = browser.postForm("/lti/login", loginParameters("urlcheck"));
        Map<String, String> request = ToolClient.query(URI.create(login.headers().firstValue("Location").orElseThrow()));

        HttpResponse<String> launch = launch(request, claims(request, "lessons").setMember(LtiClaims.CUSTOM, "childsafe_widget", "report"));

        assertThat(launch.headers().firstValue("Location")).hasValue("/w/report/index.xhtml");
    }

    @Test
    void refusesAReplayedLaunchAndLeavesNoSession() throws Exception {
        Map<String, String> request = login("lessons");
        String token = platform.sign(claims(request, "lessons"));
        assertThat(post(request, token).statusCode()).isEqualTo(303);
        browser.forget(SESSION_COOKIE);

        HttpResponse<String> replay = post(request, token);

        assertRefused(replay, 401, "lti.state_replayed");
    }

    @Test
    void refusesATokenSignedWithAnotherKeyAndCreatesNothing() throws Exception {
        Map<String, String> request = login("lessons");
        String forged = platform.signWith(claims(request, "lessons").build(), com.nimbusds.jose.JWSAlgorithm.RS256,
                platform.badKey(), platform.currentKey().getKeyID());

        assertRefused(post(request, forged), 401, "lti.invalid_signature");
        assertThat(browser.get("/w/lessons/index.xhtml").statusCode()).isEqualTo(401);
    }

    @Test
    void refusesALaunchFinishedInAnotherBrowserAndOffersANewWindow() throws Exception {
        Map<String, String> request = login("lessons");
        browser.cookies().keySet().removeIf(name -> name.startsWith("cs_lti_"));

        HttpResponse<String> launch = launch(request, claims(request, "lessons"));

        // ADR 0009: without the binding cookie and without platform storage nothing is accepted; the page offers
        // the same login again in a new top-level window.
        assertThat(launch.statusCode()).as(launch.body()).isEqualTo(401);
        assertThat(launch.body()).contains("id=\"lti-new-window\"", "target=\"_blank\"", "/lti/login?iss=");
        assertThat(browser.get("/w/lessons/index.xhtml").statusCode()).isEqualTo(401);
    }

    @Test
    void showsAPlatformErrorWithoutAnIdToken() throws Exception {
        Map<String, String> request = login("lessons");
        Map<String, String> error = new LinkedHashMap<>();
        error.put("error", "access_denied");
        error.put("error_description", "<script>alert(1)</script>");
        error.put("state", request.get("state"));

        HttpResponse<String> response = browser.postForm("/lti/launch", error);

        assertRefused(response, 401, "lti.platform_error");
        assertThat(response.body()).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void refusesLoginFromAnUnknownIssuer() throws Exception {
        Map<String, String> params = loginParameters("lessons");
        params.put("iss", "https://evil.example");

        HttpResponse<String> response = browser.get("/lti/login?" + ToolClient.form(params));

        assertRefused(response, 400, "lti.unknown_issuer");
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void refusesATargetLinkUriOnAnotherOrigin() throws Exception {
        Map<String, String> params = loginParameters("lessons");
        params.put("target_link_uri", "https://evil.example/phish");

        assertRefused(browser.get("/lti/login?" + ToolClient.form(params)), 400, "lti.invalid_target_link_uri");
    }

    @Test
    void startsANewSessionAtLaunchSoAnEarlierSessionIdIsWorthless() throws Exception {
        browser.get("/index.xhtml?lang=en");
        String before = browser.cookies().get(SESSION_COOKIE);
        assertThat(before).isNotNull();

        Map<String, String> request = login("lessons");
        launch(request, claims(request, "lessons"));

        String after = browser.cookies().get(SESSION_COOKIE);
        assertThat(after).isNotNull().isNotEqualTo(before);
        ToolClient attacker = new ToolClient(SuiteDeployment.baseUrl());
        attacker.cookies().put(SESSION_COOKIE, before);
        assertThat(attacker.get("/w/lessons/index.xhtml").statusCode()).isEqualTo(401);
    }

    @Test
    void launchesAnInstructorAndAnAnonymousLearner() throws Exception {
        Map<String, String> request = login("report");
        launch(request, claims(request, "report").roles(LaunchClaimsBuilder.INSTRUCTOR));
        assertThat(browser.get("/w/report/index.xhtml").body()).contains("Giáo viên");

        ToolClient anonymous = new ToolClient(SuiteDeployment.baseUrl());
        browser = anonymous;
        Map<String, String> second = login("report");
        HttpResponse<String> launch = launch(second, claims(second, "report").anonymous());
        assertThat(launch.statusCode()).as(launch.body()).isEqualTo(303);
        assertThat(anonymous.get("/w/report/index.xhtml").body()).contains("không chia sẻ tên");
    }

    @Test
    void escapesCourseTitlesFromThePlatform() throws Exception {
        Map<String, String> request = login("lessons");
        launch(request, claims(request, "lessons").setMember(LtiClaims.CONTEXT, LtiClaims.MEMBER_TITLE,
                "<img src=x onerror=alert(1)>"));

        String page = browser.get("/w/lessons/index.xhtml").body();

        assertThat(page).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void letsAnLmsAdministratorManageOnlyTheirRegistration() throws Exception {
        Map<String, String> request = login("lessons");
        launch(request, claims(request, "lessons").roles(LaunchClaimsBuilder.ADMINISTRATOR));

        assertThat(browser.get("/w/lessons/index.xhtml").body()).as("the way to the administration from the widget")
                .containsPattern("id=\"adminLink\"[^>]*href=\"[^\"]*/admin/registrations.xhtml\"");
        HttpResponse<String> own = browser.get("/api/admin/registrations/" + registrationId);
        HttpResponse<String> all = browser.get("/api/admin/registrations");

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("it-client").doesNotContain("childsafe-demo");
    }

    // ------------------------------------------------------------------ helpers

    private Map<String, String> loginParameters(String widget) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", "user-42");
        params.put("target_link_uri", SuiteDeployment.baseUrl() + "/launch/" + widget);
        params.put("lti_message_hint", "{\"cmid\":17}");
        params.put("client_id", "it-client");
        params.put("lti_deployment_id", "it-dep-1");
        return params;
    }

    private Map<String, String> login(String widget) throws Exception {
        HttpResponse<String> login = browser.get("/lti/login?" + ToolClient.form(loginParameters(widget)));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        return ToolClient.query(URI.create(login.headers().firstValue("Location").orElseThrow()));
    }

    private LaunchClaimsBuilder claims(Map<String, String> authRequest, String widget) {
        return platform.claims().nonce(authRequest.get("nonce"))
                .set(LtiClaims.TARGET_LINK_URI, SuiteDeployment.baseUrl() + "/launch/" + widget);
    }

    private HttpResponse<String> launch(Map<String, String> authRequest, LaunchClaimsBuilder claims) throws Exception {
        return post(authRequest, platform.sign(claims));
    }

    private HttpResponse<String> post(Map<String, String> authRequest, String idToken) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", idToken);
        form.put("state", authRequest.get("state"));
        return browser.postForm("/lti/launch", form);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("id=\"lti-error-code\"").contains(code);
        assertThat(ToolClient.setCookie(response, SESSION_COOKIE)).as("no session after a refused launch").isNull();
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }
}
