package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * NRPS 2.0 end to end on the demo platform: a teacher launches through the real OIDC flow (the demo launch carries
 * the NRPS claim), then {@code RosterService} fetches a token from the demo token endpoint with the tool's signed
 * assertion and pages through the demo membership (pages of 2, linked by {@code rel="next"}). A learner is
 * refused; the {@code rlid} filter leaves out a pupil without access to the link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterFlowIT {

    private static final Pattern FIELD = Pattern.compile("name=\"([a-z_]+)\" value=\"([^\"]*)\"");
    private static final List<String> EVERY_DEMO_MEMBER = List.of("demo-student-1", "demo-teacher-1",
            "demo-counselor-1", "demo-admin-1", "demo-student-2", "demo-student-3", "demo-student-4");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war().addClass(RosterProbeServlet.class);
    }

    @Test
    void teacherSeesEveryDemoMemberAcrossPages() throws Exception {
        ToolClient teacher = launched("teacher", "lessons");

        HttpResponse<String> roster = teacher.get("/test/roster");

        assertThat(roster.statusCode()).as(roster.body()).isEqualTo(200);
        assertThat(userIds(roster.body())).containsExactlyElementsOf(EVERY_DEMO_MEMBER);
        assertThat(roster.body()).contains("demo-student-4 [LEARNER] false", "demo-teacher-1 [INSTRUCTOR] true");
        assertThat(roster.body()).as("names arrive intact in UTF-8").contains("demo-student-2 [LEARNER] true Bình Trần");
    }

    @Test
    void learnersFilterAndResourceLinkFilter() throws Exception {
        ToolClient teacher = launched("teacher", "report");

        assertThat(userIds(teacher.get("/test/roster?filter=learners").body()))
                .containsExactly("demo-student-1", "demo-student-2", "demo-student-3");
        assertThat(userIds(teacher.get("/test/roster?rlid=demo-link-report").body()))
                .doesNotContain("demo-student-3").contains("demo-student-4");
        HttpResponse<String> unknownLink = teacher.get("/test/roster?rlid=not-a-link");
        assertThat(unknownLink.statusCode()).isEqualTo(502);
        assertThat(unknownLink.body()).isEqualTo("nrps.not_found");
    }

    @Test
    void learnerMayNotReadTheRoster() throws Exception {
        HttpResponse<String> roster = launched("student", "lessons").get("/test/roster");

        assertThat(roster.statusCode()).isEqualTo(403);
        assertThat(roster.body()).isEqualTo("roster.forbidden");
    }

    @Test
    void counselorMayReadTheRoster() throws Exception {
        HttpResponse<String> roster = launched("counselor", "report").get("/test/roster");

        assertThat(roster.statusCode()).as(roster.body()).isEqualTo(200);
        assertThat(userIds(roster.body())).hasSize(EVERY_DEMO_MEMBER.size());
    }

    /** The demo LMS's launch, hop by hop: login initiation → demo auth endpoint → form POST to /lti/launch. */
    private static ToolClient launched(String user, String widget) throws Exception {
        ToolClient browser = new ToolClient(SuiteDeployment.baseUrl());
        Map<String, String> login = new LinkedHashMap<>();
        login.put("iss", SuiteDeployment.baseUrl() + "/demo");
        login.put("login_hint", user);
        login.put("target_link_uri", SuiteDeployment.baseUrl() + "/launch/" + widget);
        login.put("lti_message_hint", widget);
        login.put("client_id", "childsafe-demo");
        login.put("lti_deployment_id", "demo-school-1");
        HttpResponse<String> initiation = browser.get("/lti/login?" + ToolClient.form(login));
        assertThat(initiation.statusCode()).as(initiation.body()).isEqualTo(302);
        HttpResponse<String> auth = browser.get(URI.create(initiation.headers().firstValue("Location").orElseThrow()).toString());
        assertThat(auth.statusCode()).as(auth.body()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(auth.body());
        while (field.find()) {
            form.put(field.group(1), field.group(2));
        }
        assertThat(form).containsKeys("id_token", "state");
        HttpResponse<String> launch = browser.postForm("/lti/launch", form);
        assertThat(launch.statusCode()).as(launch.body()).isEqualTo(303);
        return browser;
    }

    private static List<String> userIds(String body) {
        return Arrays.stream(body.split("\n")).filter(line -> !line.isBlank()).map(line -> line.split(" ")[0]).toList();
    }
}
