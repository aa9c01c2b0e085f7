package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * Deep Linking 2.0 over real HTTP: the test platform sends an LtiDeepLinkingRequest, the teacher lands on the
 * picker, submits it with its ViewState, and the tool auto-posts a signed LtiDeepLinkingResponse to the platform's
 * return URL, once only. A learner is refused with {@code lti.deep_linking_forbidden}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeepLinkingFlowIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern JWT_FIELD = Pattern.compile("name=\"JWT\" value=\"([^\"]+)\"");

    private static TestPlatform platform;

    private ToolClient browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war();
    }

    @BeforeEach
    void registerTestPlatformOnce() throws Exception {
        browser = new ToolClient(SuiteDeployment.baseUrl());
        if (platform == null) {
            platform = RegisteredPlatform.register(SuiteDeployment.baseUrl(), "https://lms.dl-it.example", "dl-it-client",
                    "dl-it-dep-1", "DL IT").platform();
        }
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void teacherPicksActivitiesAndThePlatformReceivesASignedResponseOnce() throws Exception {
        Map<String, String> request = login();
        HttpResponse<String> launch = launch(request, platform.deepLinkingClaims()
                .setMember(LtiClaims.DL_DEEP_LINKING_SETTINGS, LtiClaims.MEMBER_ACCEPT_MULTIPLE, true)
                .setMember(LtiClaims.DL_DEEP_LINKING_SETTINGS, LtiClaims.MEMBER_ACCEPT_LINEITEM, true));
        assertThat(launch.statusCode()).as(launch.body()).isEqualTo(303);
        assertThat(launch.headers().firstValue("Location")).hasValue("/dl/pick.xhtml");

        HttpResponse<String> picker = browser.get("/dl/pick.xhtml");
        assertThat(picker.statusCode()).as(picker.body()).isEqualTo(200);
        assertThat(picker.body()).contains("type=\"checkbox\"", "value=\"lessons\"", "<legend>");
        String viewState = viewState(picker.body());

        // A single lesson is graded (lessons:<id>); the whole catalogue item "lessons" is not.
        HttpResponse<String> answer = submit(viewState, List.of("lessons:personal-info", "report"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("action=\"" + platform.issuer() + "/mod/lti/contentitem_return.php\"");
        Matcher jwt = JWT_FIELD.matcher(answer.body());
        assertThat(jwt.find()).as(answer.body()).isTrue();
        SignedJWT response = SignedJWT.parse(jwt.group(1));
        RSAKey key = (RSAKey) JWKSet.parse(browser.get("/api/lti/jwks").body())
                .getKeyByKeyId(response.getHeader().getKeyID());
        assertThat(response.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = response.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("dl-it-client");
        assertThat(claims.getAudience()).containsExactly(platform.issuer());
        assertThat(claims.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(LtiClaims.DEPLOYMENT_ID)).isEqualTo("dl-it-dep-1");
        assertThat(claims.getStringClaim(LtiClaims.DL_DATA)).isEqualTo("opaque-platform-data");
        List<Object> items = claims.getListClaim(LtiClaims.DL_CONTENT_ITEMS);
        assertThat(items).hasSize(2);
        assertThat(items.toString()).contains(SuiteDeployment.baseUrl() + "/launch/lessons", "childsafe-lesson",
                "childsafe_lesson=personal-info");

        HttpResponse<String> again = submit(viewState, List.of("lessons"));
        assertThat(again.body()).doesNotContain("name=\"JWT\"");
    }

    @Test
    void refusesDeepLinkingToALearner() throws Exception {
        Map<String, String> request = login();

        HttpResponse<String> launch = launch(request, platform.deepLinkingClaims().roles(LaunchClaimsBuilder.LEARNER));

        assertThat(launch.statusCode()).as(launch.body()).isEqualTo(403);
        assertThat(launch.body()).contains("lti.deep_linking_forbidden");
        assertThat(browser.get("/dl/pick.xhtml").statusCode()).isEqualTo(401);
    }

    // ------------------------------------------------------------------ negative: replay, audience, tampered data

    @Test
    void aReplayedDeepLinkingRequestOpensNoSecondPicker() throws Exception {
        Map<String, String> request = login();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", platform.sign(platform.deepLinkingClaims().nonce(request.get("nonce"))));
        form.put("state", request.get("state"));
        HttpResponse<String> first = browser.postForm("/lti/launch", form);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(303);
        HttpResponse<String> answered = submit(viewState(browser.get("/dl/pick.xhtml").body()), List.of("lessons"));
        assertThat(answered.body()).contains("name=\"JWT\"");

        // The same POST again (same state): refused, and no new pending request, so no second response.
        HttpResponse<String> sameState = browser.postForm("/lti/launch", form);
        assertThat(sameState.statusCode()).isEqualTo(401);
        assertThat(sameState.body()).contains("lti.state_replayed");
        // The same id_token under a fresh state: its nonce belongs to the spent login.
        Map<String, String> fresh = login();
        form.put("state", fresh.get("state"));
        HttpResponse<String> sameToken = browser.postForm("/lti/launch", form);
        assertThat(sameToken.statusCode()).isEqualTo(401);
        assertThat(sameToken.body()).contains("lti.nonce_mismatch");
        assertThat(browser.get("/dl/pick.xhtml").body()).doesNotContain("name=\"JWT\"");
    }

    @Test
    void refusesADeepLinkingRequestForAnotherAudience() throws Exception {
        Map<String, String> request = login();

        HttpResponse<String> launch = launch(request, platform.deepLinkingClaims().audience("another-tool"));

        assertThat(launch.statusCode()).isEqualTo(401);
        assertThat(launch.body()).contains("lti.invalid_audience");
        assertThat(browser.get("/dl/pick.xhtml").statusCode()).isEqualTo(401);
    }

    @Test
    void refusesARequestWhoseDataWasTamperedWith() throws Exception {
        Map<String, String> request = login();
        String signed = platform.sign(platform.deepLinkingClaims().nonce(request.get("nonce")));
        String[] parts = signed.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("opaque-platform-data");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("opaque-platform-data", "attacker-data").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", tampered);
        form.put("state", request.get("state"));

        HttpResponse<String> launch = browser.postForm("/lti/launch", form);

        assertThat(launch.statusCode()).isEqualTo(401);
        assertThat(launch.body()).contains("lti.invalid_signature");
        assertThat(browser.get("/dl/pick.xhtml").statusCode()).isEqualTo(401);
    }

    @Test
    void dataPostedWithThePickerIsNeverEchoed() throws Exception {
        Map<String, String> request = login();
        assertThat(launch(request, platform.deepLinkingClaims()).statusCode()).isEqualTo(303);
        String viewState = viewState(browser.get("/dl/pick.xhtml").body());
        String body = "pickForm=pickForm&pickForm%3Aadd=&jakarta.faces.ViewState=" + enc(viewState) + "&item=lessons"
                + "&data=attacker-data&" + enc(LtiClaims.DL_DATA) + "=attacker-data";

        HttpResponse<String> answer = browser.send(browser.request("/dl/pick.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        Matcher jwt = JWT_FIELD.matcher(answer.body());
        assertThat(jwt.find()).as(answer.body()).isTrue();
        assertThat(SignedJWT.parse(jwt.group(1)).getJWTClaimsSet().getStringClaim(LtiClaims.DL_DATA))
                .isEqualTo("opaque-platform-data");
    }

    // ------------------------------------------------------------------ helpers

    private Map<String, String> login() throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", "teacher-7");
        params.put("target_link_uri", SuiteDeployment.baseUrl() + "/lti/deep-link");
        params.put("client_id", "dl-it-client");
        params.put("lti_deployment_id", "dl-it-dep-1");
        HttpResponse<String> login = browser.get("/lti/login?" + ToolClient.form(params));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        return ToolClient.query(URI.create(login.headers().firstValue("Location").orElseThrow()));
    }

    private HttpResponse<String> launch(Map<String, String> authRequest, LaunchClaimsBuilder claims) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", platform.sign(claims.nonce(authRequest.get("nonce"))));
        form.put("state", authRequest.get("state"));
        return browser.postForm("/lti/launch", form);
    }

    private HttpResponse<String> submit(String viewState, List<String> items) throws Exception {
        String body = "pickForm=pickForm&pickForm%3Aadd=&jakarta.faces.ViewState=" + enc(viewState)
                + items.stream().map(id -> "&item=" + enc(id)).collect(Collectors.joining());
        return browser.send(browser.request("/dl/pick.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
