package org.childsafe.deploy.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.childsafe.deploy.Browsers;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A lesson end to end on the real suite WAR: the demo LMS launches a student into one lesson (custom parameter
 * {@code childsafe_lesson}), the student answers, the server scores and queues the grade, the grade reaches the
 * demo platform's gradebook through AGS, and the teacher's dashboard shows it; a learner gets 403 there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonFlowIT {

    private WebDriver browser;
    private LessonPlayerDriver player;
    private LessonPack pack;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.headlessChromium(Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-"));
        player = new LessonPlayerDriver(browser, false);
        pack = LessonPlayerDriver.bundledPack();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aStudentTakesALessonAndTheScoreReachesTheGradebookAndTheDashboard() {
        Lesson lesson = LessonPlayerDriver.lessonWithOrdering(pack);
        player.launch("student", lesson.id());
        assertThat(browser.findElement(By.id("widget-title")).getAttribute("data-lesson")).isEqualTo(lesson.id());

        player.playToTheEnd(lesson, Question::answer);

        assertThat(browser.findElement(By.id("score-value")).getText()).contains("100");
        assertThat(browser.findElement(By.id("grade-status")).getText())
                .isIn("Điểm của em đang được gửi vào khóa học.", "Điểm của em đã được gửi vào khóa học.");

        browser.switchTo().defaultContent();
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).until(b -> {
            b.get(SuiteDeployment.baseUrl() + "/demo/gradebook.xhtml");
            return !b.findElements(By.cssSelector("tr.demo-grade[data-user='demo-student-1']")).isEmpty();
        });
        assertThat(browser.findElement(By.cssSelector("tr.demo-grade[data-user='demo-student-1']"))
                .getAttribute("data-score")).isEqualTo("100.0");

        player.launch("teacher", lesson.id());
        player.openInFrame("/w/lessons/dashboard.xhtml?lesson=" + lesson.id());
        assertThat(browser.findElement(By.id("lesson-title")).getAttribute("data-lesson")).isEqualTo(lesson.id());
        assertThat(browser.findElements(By.cssSelector("#students tr[data-status='completed']"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#students tr[data-status='completed']")).getText()).contains("100");
        assertThat(browser.findElements(By.cssSelector("#questions tr[data-question]"))).hasSize(lesson.quiz().size());
        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/w/lessons/export.csv?lesson=" + lesson.id() + "').then(r => r.text()).then(done);");
        assertThat(csv).contains("\"" + lesson.id() + "\"", "\"completed\"", "\"100.0\"");
    }

    @Test
    void aStudentResumesWhereTheyLeftOff() {
        Lesson lesson = pack.lessons().get(pack.lessons().size() - 1);
        player.launch("student", lesson.id());
        player.press(By.id("player:next"));
        String second = player.stepId();

        player.launch("student", lesson.id());

        assertThat(player.stepId()).isEqualTo(second);
        assertThat(browser.findElement(By.id("resumed")).isDisplayed()).isTrue();
    }

    @Test
    void aLearnerCannotSeeTheDashboard() {
        player.launch("student", pack.lessons().get(0).id());

        player.openInFrame("/w/lessons/dashboard.xhtml");

        assertThat(browser.findElement(By.id("forbidden")).getText()).contains("lessons.forbidden");
        Object status = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/w/lessons/export.csv').then(r => done(r.status));");
        assertThat(((Number) status).intValue()).isEqualTo(403);
    }

    @Test
    void theCatalogueOffersEveryLessonWithFilters() {
        player.launch("teacher", "no-such-lesson");
        player.openInFrame("/w/lessons/index.xhtml?all=true");
        assertThat(browser.findElements(By.cssSelector("li[data-lesson]"))).hasSize(pack.lessons().size());
        assertThat(browser.findElement(By.id("teacher-tools")).getText()).contains(pack.version());

        player.openInFrame("/w/lessons/index.xhtml?all=true&s=super&band=upper-secondary");

        List<String> shown = browser.findElements(By.cssSelector("li[data-lesson]")).stream()
                .map(li -> li.getAttribute("data-lesson")).toList();
        assertThat(shown).isNotEmpty().allSatisfy(id -> {
            Lesson lesson = pack.lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
            assertThat(lesson.s().code()).isEqualTo("super");
            assertThat(lesson.band().code()).isEqualTo("upper-secondary");
        });
    }
}
