package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assignment and Grade Services end to end on the built-in demo platform, over real HTTP as browsers would: a
 * teacher deep links a graded lesson (personal-info) (the demo platform creates its gradebook column), a student
 * launches it, a test-only widget submits the student's score through {@code GradeService}, the dispatcher gets a
 * token (JWT client assertion) and posts the score, and it shows in the demo gradebook and as SENT on the teacher's
 * grade sync page. A teacher's own score is refused by the platform (422 "user not gradable"): the page shows
 * FAILED with the reason, and "Send again" queues it again (a second attempt, refused again).
 *
 * <p>Waits are bounded polls of what a person would look at, never timing assertions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GradePassbackFlowIT {

    private static final Pattern IFRAME = Pattern.compile("id=\"lti-frame\"[^>]*src=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"autopost\" method=\"post\" action=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACTIVITY = Pattern.compile("data-activity=\"(dl-[0-9]+)\"");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static String activity;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war().addClass(GradeSubmitTestServlet.class);
    }

    @BeforeEach
    void teacherDeepLinksTheGradedLessonOnce() throws Exception {
        if (activity != null) {
            return;
        }
        ToolClient teacher = new ToolClient(SuiteDeployment.baseUrl());
        HttpResponse<String> launch = launch(teacher, "teacher", "deeplink");
        assertThat(launch.headers().firstValue("Location")).hasValue("/dl/pick.xhtml");
        HttpResponse<String> picker = teacher.get("/dl/pick.xhtml");
        String body = "pickForm=pickForm&pickForm%3Aadd=&jakarta.faces.ViewState=" + enc(first(VIEW_STATE, picker.body()))
                + "&item=lessons%3Apersonal-info";
        HttpResponse<String> answer = teacher.send(teacher.request("/dl/pick.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        HttpResponse<String> received = autoPost(teacher, answer.body());
        assertThat(received.statusCode()).as(received.body()).isEqualTo(200);
        assertThat(received.body()).contains("gradebook column: max 100");
        activity = first(ACTIVITY, received.body());
    }

    @Test
    void aLearnersScoreLandsInTheGradebookAndTheTeacherSeesItSent() throws Exception {
        ToolClient student = new ToolClient(SuiteDeployment.baseUrl());
        assertThat(launch(student, "student", "link:" + activity).statusCode()).isEqualTo(303);

        HttpResponse<String> submitted = submit(student, 85);

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.body()).startsWith("PENDING");
        ToolClient anyone = new ToolClient(SuiteDeployment.baseUrl());
        String gradebook = pollUntil(() -> anyone.get("/demo/gradebook.xhtml").body(),
                page -> page.contains("data-user=\"demo-student-1\" data-score=\"85.0\""));
        assertThat(gradebook).contains("resourceId personal-info");

        ToolClient teacher = new ToolClient(SuiteDeployment.baseUrl());
        launch(teacher, "teacher", "link:" + activity);
        String page = pollUntil(() -> teacher.get("/w/grades/index.xhtml").body(),
                p -> p.contains("data-state=\"SENT\""));
        assertThat(page).contains("demo-stud…", "85 / 100", "Đã gửi vào sổ điểm");

        HttpResponse<String> refused = student.get("/w/grades/index.xhtml");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("grades-table");
    }

    @Test
    void aScoreThePlatformRefusesShowsFailedWithTheReasonAndCanBeSentAgain() throws Exception {
        ToolClient teacher = new ToolClient(SuiteDeployment.baseUrl());
        launch(teacher, "teacher", "link:" + activity);
        assertThat(submit(teacher, 50).body()).startsWith("PENDING");

        String page = pollUntil(() -> teacher.get("/w/grades/index.xhtml").body(),
                p -> p.contains("data-error=\"ags.user_not_gradable\" data-attempts=\"1\""));

        assertThat(page).contains("data-state=\"FAILED\"", "Không gửi được",
                "Hệ thống học tập không chấm điểm người này");
        Matcher button = Pattern.compile("name=\"(grades:[^\"]*:resend)\"").matcher(page);
        assertThat(button.find()).as(page).isTrue();
        HttpResponse<String> resent = teacher.send(teacher.request("/w/grades/index.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grades=grades&" + enc(button.group(1)) + "="
                        + "&jakarta.faces.ViewState=" + enc(first(VIEW_STATE, page)))));
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
        assertThat(resent.body()).contains("Điểm đã được xếp hàng lại");

        pollUntil(() -> teacher.get("/w/grades/index.xhtml").body(),
                p -> p.contains("data-error=\"ags.user_not_gradable\" data-attempts=\"2\""));
    }

    @Test
    void aResendWithoutTheFormsViewStateChangesNothing() throws Exception {
        ToolClient teacher = new ToolClient(SuiteDeployment.baseUrl());
        launch(teacher, "teacher", "link:" + activity);

        HttpResponse<String> forged = teacher.send(teacher.request("/w/grades/index.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grades=grades&grades%3Aj_idt1%3A0%3Aresend=")));

        assertThat(forged.body()).doesNotContain("Điểm đã được xếp hàng lại");
    }

    // ------------------------------------------------------------------ helpers

    /** Opens the demo course page as {@code as} with {@code hint} and follows the real OIDC launch to its end. */
    private static HttpResponse<String> launch(ToolClient browser, String as, String hint) throws Exception {
        HttpResponse<String> course = browser.get("/demo/course.xhtml?as=" + as + "&widget=" + enc(hint));
        String loginUrl = first(IFRAME, course.body()).replace("&amp;", "&");
        HttpResponse<String> login = browser.get(loginUrl);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        HttpResponse<String> auth = browser.get(login.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> launched = autoPost(browser, auth.body());
        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(303);
        return launched;
    }

    private static HttpResponse<String> autoPost(ToolClient browser, String page) throws Exception {
        String action = first(FORM_ACTION, page).replace("&amp;", "&");
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        String path = action.startsWith("http") ? URI.create(action).getRawPath() : action;
        return browser.postForm(path, fields);
    }

    private static HttpResponse<String> submit(ToolClient browser, double score) throws Exception {
        return browser.send(browser.request("/w/test-grade/submit?score=" + score)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    @FunctionalInterface
    private interface Fetch {
        String get() throws Exception;
    }

    /** Fetches until the page satisfies {@code done}, for at most {@link #PATIENCE}; the last page otherwise fails. */
    private static String pollUntil(Fetch fetch, Predicate<String> done) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        String page = fetch.get();
        while (!done.test(page) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            page = fetch.get();
        }
        assertThat(done.test(page)).as(page).isTrue();
        return page;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
