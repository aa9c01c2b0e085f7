package org.childsafe.deploy.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.childsafe.deploy.Browsers;
import org.childsafe.deploy.Screenshots;
import org.childsafe.deploy.SuiteDeployment;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonPack;
import org.childsafe.lessons.pack.Question;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The player in Chromium for keyboard and screen-reader users: a student completes a whole lesson with key
 * presses only (Space and Enter on focusable controls, ordering by the move buttons), focus lands on what changed
 * after each step, and axe-core finds no serious or critical WCAG 2.1 A/AA violation on any kind of step.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonPlayerBrowserIT {

    private WebDriver browser;
    private LessonPack pack;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.headlessChromium(Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-"));
        pack = LessonPlayerDriver.bundledPack();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aStudentCompletesALessonWithTheKeyboardOnly() {
        Lesson lesson = LessonPlayerDriver.lessonWithOrdering(pack);
        LessonPlayerDriver player = new LessonPlayerDriver(browser, true);
        player.launch("student", lesson.id());
        Screenshots.useRequestedLanguage(browser);
        Screenshots.take(browser, "student-lesson-start", Screenshots.Device.PHONE);
        player.picturesOfEachKindOfStep("student-lesson");

        player.press(By.id("player:next"));
        assertThat(player.focusedId()).as("focus moves to the new step's heading").isEqualTo("step-title");

        player.playToTheEnd(lesson, Question::answer);

        assertThat(player.focusedId()).isEqualTo("done-title");
        assertThat(browser.findElement(By.id("score-value")).getText()).contains("100");
        Screenshots.take(browser, "student-lesson-done", Screenshots.Device.PHONE);
    }

    @Test
    void everyKindOfStepHasNoSeriousAccessibilityViolations() {
        Lesson lesson = pack.lessons().get(1);
        LessonPlayerDriver player = new LessonPlayerDriver(browser, false);
        player.launch("teacher", lesson.id());
        List<String> problems = new ArrayList<>();
        for (int step = 0; step < lesson.steps().size(); step++) {
            problems.addAll(seriousViolations(player.kind()));
            if (step < lesson.steps().size() - 1) {
                if ("CHOICE".equals(player.kind())) {
                    player.toggle(By.cssSelector("input[name='choice']"));
                    player.press(By.id("player:choose"));
                    problems.addAll(seriousViolations("choice feedback"));
                }
                if ("QUIZ".equals(player.kind())) {
                    problems.addAll(seriousViolations("quiz question"));
                }
                player.press(By.id("player:next"));
            }
        }
        player.openInFrame("/w/lessons/index.xhtml?all=true");
        problems.addAll(seriousViolations("catalogue"));
        Screenshots.inBothLanguages(browser, "teacher-catalogue", Screenshots.Device.LAPTOP);
        player.openInFrame("/w/lessons/dashboard.xhtml");
        problems.addAll(seriousViolations("dashboard"));
        Screenshots.inBothLanguages(browser, "teacher-dashboard", Screenshots.Device.LAPTOP);
        // The guides' pictures of one lesson and of its grades show the lesson a student may have completed in
        // aStudentCompletesALessonWithTheKeyboardOnly (when it ran first; otherwise they show empty tables).
        String played = LessonPlayerDriver.lessonWithOrdering(pack).id();
        player.openInFrame("/w/lessons/dashboard.xhtml?lesson=" + played);
        Screenshots.inBothLanguages(browser, "teacher-dashboard-lesson", Screenshots.Device.LAPTOP, By.id("lesson-title"));
        player.openInFrame("/w/lessons/handout.xhtml?id=" + lesson.id());
        Screenshots.inBothLanguages(browser, "teacher-handout", Screenshots.Device.LAPTOP);
        player.launch("teacher", played);
        player.openInFrame("/w/grades/index.xhtml", By.id("grades-title"));
        Screenshots.inBothLanguages(browser, "teacher-grades", Screenshots.Device.LAPTOP);

        assertThat(problems).isEmpty();
    }

    @Test
    void theOrderingQuestionIsOperatedByLabelledButtonsAndAnnouncesMoves() {
        Lesson lesson = LessonPlayerDriver.lessonWithOrdering(pack);
        LessonPlayerDriver player = new LessonPlayerDriver(browser, true);
        player.launch("teacher", lesson.id());
        while (!"QUIZ".equals(player.kind())) {
            if ("CHOICE".equals(player.kind())) {
                player.toggle(By.cssSelector("input[name='choice']"));
                player.press(By.id("player:choose"));
            }
            player.press(By.id("player:next"));
        }
        while (browser.findElements(By.id("order-list")).isEmpty()) {
            Question question = lesson.question(browser.findElement(By.cssSelector("fieldset[data-question]"))
                    .getAttribute("data-question")).orElseThrow();
            question.answer().forEach(option -> player.toggle(By.id("answer-" + option)));
            player.press(By.cssSelector("input[id$=':check']"));
            player.press(By.id("player:nextQuestion"));
        }
        String second = browser.findElements(By.cssSelector("#order-list li")).get(1).getAttribute("data-option");

        player.press(By.cssSelector("#order-list li[data-option='" + second + "'] input[id$=':up']"));

        assertThat(browser.findElements(By.cssSelector("#order-list li")).get(0).getAttribute("data-option")).isEqualTo(second);
        assertThat(browser.findElement(By.id("order-status")).getText()).contains("1");
        assertThat(browser.switchTo().activeElement().getAttribute("aria-label")).isNotBlank();
        assertThat(seriousViolations("ordering question")).isEmpty();
    }

    private List<String> seriousViolations(String where) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        // axe-core's Selenium driver visits every frame and ends on the top page: go back into the LMS iframe.
        browser.switchTo().defaultContent();
        browser.switchTo().frame("lti-frame");
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> where + ": " + rule.getId() + " " + describe(rule))
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList().toString();
    }
}
