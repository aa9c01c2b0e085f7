package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A teacher adds activities through the Deep Linking picker in a real browser, inside the demo LMS's iframe and
 * with the keyboard only: the picker lists what the installed widgets offer, two are ticked with the space bar,
 * "Add to course" is pressed with Enter, and the demo platform shows the two activities it received from the
 * signed response. The picker has no serious accessibility violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeepLinkPickerBrowserIT {

    private static final String REPORT = "Báo cáo sự việc";
    private static final String URL_CHECK = "Kiểm tra đường link";

    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war();
    }

    @BeforeEach
    void openPickerAsTeacher() throws Exception {
        browser = Browsers.headlessChromium(Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(SuiteDeployment.baseUrl() + "/demo/course.xhtml?as=teacher&widget=deeplink");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("lti-frame")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pickForm")));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void teacherPicksTwoActivitiesWithTheKeyboardAndThePlatformReceivesThem() {
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thêm hoạt động ChildSafe vào khóa học");
        assertThat(labels()).contains(REPORT, URL_CHECK).anyMatch(label -> label.startsWith("Bài học an toàn")
                || label.contains("có chấm điểm"));
        Screenshots.inBothLanguages(browser, "teacher-deep-link-picker", Screenshots.Device.LAPTOP);

        tickWithSpaceBar(REPORT);
        tickWithSpaceBar(URL_CHECK);
        WebElement add = browser.findElement(By.id("pickForm:add"));
        add.sendKeys(Keys.ENTER);

        WebElement received = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("ul")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Demo platform: activities received");
        assertThat(received.findElements(By.tagName("li"))).extracting(WebElement::getText)
                .hasSize(2)
                .anySatisfy(item -> assertThat(item).contains(REPORT, "/launch/report"))
                .anySatisfy(item -> assertThat(item).contains(URL_CHECK, "/launch/urlcheck"));
    }

    @Test
    void pickerWithNothingTickedExplainsWhatToDoAndSendsNothing() {
        browser.findElement(By.id("pickForm:add")).sendKeys(Keys.ENTER);

        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cs-msg-error")));
        assertThat(alert.getText()).contains("Hãy chọn một hoạt động trước.");
        assertThat(browser.findElements(By.name("JWT"))).isEmpty();
    }

    @Test
    void pickerHasNoSeriousAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as("picker: " + serious.stream()
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList()).isEmpty();
    }

    private List<String> labels() {
        return browser.findElements(By.cssSelector("#pickForm .cs-choice label")).stream().map(WebElement::getText).toList();
    }

    /** Focuses the checkbox of the labelled item and toggles it with the space bar, as a keyboard user would. */
    private void tickWithSpaceBar(String title) {
        WebElement label = browser.findElements(By.cssSelector("#pickForm .cs-choice label")).stream()
                .filter(l -> l.getText().startsWith(title)).findFirst().orElseThrow();
        WebElement box = browser.findElement(By.id(label.getAttribute("for")));
        box.sendKeys(Keys.SPACE);
        assertThat(box.isSelected()).as(title + " ticked").isTrue();
    }
}
