package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A newcomer's first minute, in a real browser: the demo LMS launches a student into ChildSafe inside an iframe
 * through the real OIDC flow (login initiation → demo platform authorization → launch), and the widget page
 * shows inside the frame in the launch's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoLaunchBrowserIT {

    private WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.headlessChromium(Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void demoPlatformLaunchesAStudentIntoTheLessonsWidgetInsideAnIframe() {
        browser.get(SuiteDeployment.baseUrl() + "/demo/course.xhtml?as=student&widget=lessons");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("lti-frame")));
        String title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("widget-title"))).getText();

        assertThat(title).isEqualTo("Bài học an toàn");
        assertThat(browser.findElement(By.id("launch-role")).getText()).contains("Học sinh");
        assertThat(browser.findElement(By.id("launch-course")).getText()).contains("Lớp 7A");
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript("return window.self !== window.top"))
                .as("the widget runs inside the LMS iframe").isTrue();
    }

    @Test
    void demoPlatformLaunchesTheCounselorWithTheirDesignation() {
        browser.get(SuiteDeployment.baseUrl() + "/demo/course.xhtml?as=counselor&widget=report");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("lti-frame")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("widget-title")));

        assertThat(browser.findElement(By.id("launch-role")).getText()).contains("Cán bộ tư vấn học đường");
    }

    @Test
    void demoAndWidgetPagesHaveNoSeriousAccessibilityViolations() {
        browser.get(SuiteDeployment.baseUrl() + "/demo/index.xhtml");
        assertNoSeriousViolations("demo platform page");
        Screenshots.inBothLanguages(browser, "admin-demo", Screenshots.Device.LAPTOP);

        browser.get(SuiteDeployment.baseUrl() + "/demo/course.xhtml?as=student&widget=urlcheck");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("lti-frame")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("widget-title")));
        assertNoSeriousViolations("widget page inside the LMS iframe");
    }

    /** axe-core (WCAG 2.1 A and AA rules) in the real browser; "serious" and "critical" findings fail. */
    private void assertNoSeriousViolations(String what) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as(what + ": " + serious.stream().map(Rule::getId).toList()).isEmpty();
    }
}
