package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A student on a phone-sized window (390 × 844): launched from the demo LMS into the report widget, they pass the
 * emergency question, send an anonymous bullying report, get code and passcode, and later come back with them and
 * read the counselor's reply (written into the thread the way the counselor side does) and answer it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportBrowserIT {

    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war().addClasses(ReportReplyTestServlet.class, ReportReplyTestServlet.Writer.class);
    }

    @BeforeEach
    void openPhoneSizedBrowser() throws Exception {
        browser = Browsers.headlessChromium(Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-"));
        browser.manage().window().setSize(new Dimension(390, 844));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // A postback replaces the page between finding an element and reading it: look again instead of failing.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aStudentReportsAnonymouslyOnAPhoneAndLaterReadsTheCounselorsReply() throws Exception {
        browser.get(SuiteDeployment.baseUrl() + "/demo/course.xhtml?as=student&widget=report");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("lti-frame")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("callChildLine")));
        Screenshots.useRequestedLanguage(browser);
        assertThat(browser.findElement(By.id("callPolice")).getAttribute("href")).isEqualTo("tel:113");
        assertThat(browser.findElement(By.id("report:returnLink")).getAttribute("href"))
                .as("a reporter coming back finds the way to the replies on the first page").endsWith("/w/report/case.xhtml");
        assertNoSeriousViolations("emergency step");
        Screenshots.take(browser, "student-report-emergency", Screenshots.Device.PHONE);

        click("report:dangerNo");
        click(By.cssSelector("input[value='BULLYING']"));
        Screenshots.take(browser, "student-report-categories", Screenshots.Device.PHONE);
        click("report:next2");
        type("report:whatHappened", "Mấy bạn lớp bên cạnh chế ảnh em và đăng lên nhóm chat.");
        type("report:where", "Messenger");
        click("report:next3");
        click(By.cssSelector("input[value='ME']"));
        assertThat(browser.findElement(By.id("report:shareIdentity")).isSelected()).as("anonymous by default").isFalse();
        click("report:next4");
        assertNoSeriousViolations("review step");
        Screenshots.take(browser, "student-report-review", Screenshots.Device.PHONE);
        click("report:send");

        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseCode"))).getText();
        String passcode = browser.findElement(By.id("passcode")).getText();
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        Screenshots.take(browser, "student-report-receipt", Screenshots.Device.PHONE);

        HttpResponse<String> reply = new ToolClient(SuiteDeployment.baseUrl()).postForm("/it/report-reply",
                Map.of("code", code, "text", "Cô đã đọc báo cáo. Mai em ghé phòng tư vấn nhé?"));
        assertThat(reply.statusCode()).isEqualTo(204);

        click("report:caseLink");
        type("access:code", code.toLowerCase());
        type("access:passcode", passcode);
        click("access:open");
        WebElement thread = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thread")));
        assertThat(thread.getText()).contains("Cô đã đọc báo cáo. Mai em ghé phòng tư vấn nhé?");
        type("reply:message", "Dạ vâng, em cảm ơn cô.");
        click("reply:send");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread"), "Dạ vâng, em cảm ơn cô."));
        Screenshots.take(browser, "student-report-thread", Screenshots.Device.PHONE);
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth")).as("no horizontal scrolling on a phone")
                .isLessThanOrEqualTo(390L);
    }

    /** axe-core (WCAG 2.1 A and AA rules) in the real browser; "serious" and "critical" findings fail. */
    private void assertNoSeriousViolations(String what) {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        java.util.List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId()).toList();
        assertThat(serious).as(what).isEmpty();
        // axe walks every frame from the top; go back into the LMS frame.
        browser.switchTo().defaultContent();
        browser.switchTo().frame(browser.findElement(By.id("lti-frame")));
    }

    private void click(String id) {
        click(By.id(id));
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }
}
