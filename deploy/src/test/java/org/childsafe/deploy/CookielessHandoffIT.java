package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childsafe.lti.launch.domain.LtiClaims;
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
 * A browser that refuses every cookie of the tool inside the LMS frame (third-party cookies blocked), over real
 * HTTP: the login keeps its binding in platform storage, the launch is validated with the value read back from
 * it, and — since the session cookie is refused too — the new session is handed to a top-level window through a
 * single-use code. A browser that does keep the session cookie goes straight on; a used code is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CookielessHandoffIT {

    private static final Pattern DATA = Pattern.compile("data-(continue|state-value)=\"([^\"]*)\"");
    private static final Pattern WINDOW_LINK = Pattern.compile("id=\"lti-handoff-window\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"lti-handoff-window\"");

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
            platform = RegisteredPlatform.register(SuiteDeployment.baseUrl(), "https://lms.handoff.example", "handoff-client",
                    "handoff-dep-1", "Handoff").platform();
        }
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void launchWithoutAnyCookieContinuesInANewWindowOnceAndOnlyOnce() throws Exception {
        String handoff = launchThroughPlatformStorage();
        browser.cookies().clear(); // the frame refused the session cookie too

        HttpResponse<String> frame = browser.get(handoff);
        assertThat(frame.statusCode()).as(frame.body()).isEqualTo(200);
        String window = windowLink(frame.body());
        assertThat(window).contains("mode=window");

        HttpResponse<String> opened = browser.get(window);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(303);
        String widget = opened.headers().firstValue("Location").orElseThrow();
        assertThat(widget).endsWith("/w/lessons/index.xhtml");
        HttpResponse<String> page = browser.get(widget);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"widget-title\"");

        HttpResponse<String> again = new ToolClient(SuiteDeployment.baseUrl()).get(window);
        assertThat(again.statusCode()).isIn(400, 401);
        assertThat(again.body()).contains("lti.handoff_expired");
    }

    @Test
    void browserThatKeepsTheSessionCookieGoesStraightToTheWidget() throws Exception {
        String handoff = launchThroughPlatformStorage();

        HttpResponse<String> frame = browser.get(handoff);

        assertThat(frame.statusCode()).as(frame.body()).isEqualTo(303);
        assertThat(frame.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/w/lessons/index.xhtml"));
    }

    @Test
    void madeUpCodeIsRefused() throws Exception {
        HttpResponse<String> forged = browser.get("/lti/continue?code=" + "A".repeat(43) + "&mode=window");

        assertThat(forged.statusCode()).isIn(400, 401);
        assertThat(forged.body()).contains("lti.handoff_expired");
        assertThat(ToolClient.setCookie(forged, "CHILDSAFE_SESSION")).isNull();
    }

    /** Login with platform storage, launch with the binding read back from it and no cookie; the hand-over URL. */
    private String launchThroughPlatformStorage() throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", "user-9");
        params.put("target_link_uri", SuiteDeployment.baseUrl() + "/launch/lessons");
        params.put("client_id", "handoff-client");
        params.put("lti_deployment_id", "handoff-dep-1");
        params.put("lti_storage_target", "_parent");
        HttpResponse<String> login = browser.get("/lti/login?" + ToolClient.form(params));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        Map<String, String> data = new LinkedHashMap<>();
        Matcher m = DATA.matcher(login.body());
        while (m.find()) {
            data.put(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        Map<String, String> auth = ToolClient.query(URI.create(data.get("continue")));
        browser.cookies().clear(); // the frame refused the binding cookie

        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", platform.sign(platform.claims().nonce(auth.get("nonce"))
                .set(LtiClaims.TARGET_LINK_URI, SuiteDeployment.baseUrl() + "/launch/lessons")));
        form.put("state", auth.get("state"));
        form.put("lti_storage_binding", data.get("state-value"));
        HttpResponse<String> launch = browser.postForm("/lti/launch", form);
        assertThat(launch.statusCode()).as(launch.body()).isEqualTo(303);
        String location = launch.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/lti/continue?code=");
        return location;
    }

    private static String windowLink(String html) {
        Matcher m = WINDOW_LINK.matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
    }
}
