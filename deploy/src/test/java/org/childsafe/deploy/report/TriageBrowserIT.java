package org.childsafe.deploy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.childsafe.deploy.Browsers;
import org.childsafe.deploy.Screenshots;
import org.childsafe.deploy.SuiteDeployment;
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
 * In Chromium through the demo LMS: a student reports anonymously on a phone-sized window, the demo counselor opens
 * the triage queue from the report widget, finds the report by its code, acknowledges it and replies, and the
 * student comes back with code and passcode and reads the counselor's reply.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TriageBrowserIT {

    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war();
    }

    @BeforeEach
    void openBrowser() throws Exception {
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
    void aCounselorTriagesAndRepliesAndTheStudentReadsItWithTheCaseCode() throws Exception {
        openWidgetAs("student");
        click("report:dangerNo");
        click(By.cssSelector("input[value='BULLYING']"));
        click("report:next2");
        type("report:whatHappened", "Mấy bạn lớp bên cạnh chế ảnh em và đăng lên nhóm chat.");
        click("report:next3");
        click(By.cssSelector("input[value='ME']"));
        click("report:next4");
        click("report:send");
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseCode"))).getText();
        String passcode = browser.findElement(By.id("passcode")).getText();

        browser.manage().window().setSize(new Dimension(1280, 900));
        openWidgetAs("counselor");
        Screenshots.inBothLanguages(browser, "counselor-widget", Screenshots.Device.LAPTOP);
        click("triageLink");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(code)));
        Screenshots.inBothLanguages(browser, "counselor-queue", Screenshots.Device.LAPTOP);
        click(By.linkText(code));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content"))).getText())
                .contains("chế ảnh em");
        click("actions:acknowledge");
        wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "ACKNOWLEDGED"));
        type("replyForm:reply", "Cô đã đọc báo cáo. Mai em ghé phòng tư vấn nhé?");
        click("replyForm:sendReply");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread"), "Mai em ghé phòng tư vấn"));
        assertThat(browser.findElements(By.cssSelector("#chronology li[data-kind='REPLIED']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#chronology li[data-kind='STATUS_CHANGED']"))).hasSize(1);
        Screenshots.inBothLanguages(browser, "counselor-case", Screenshots.Device.LAPTOP);
        Screenshots.inBothLanguages(browser, "counselor-case-reply", Screenshots.Device.LAPTOP, By.id("threadTitle"));
        Screenshots.inBothLanguages(browser, "counselor-case-actions", Screenshots.Device.LAPTOP, By.id("actionsTitle"));
        Screenshots.inBothLanguages(browser, "counselor-case-escalate", Screenshots.Device.LAPTOP, By.id("escalateTitle"));

        browser.manage().window().setSize(new Dimension(390, 844));
        openWidgetAs("student");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("location.href = '/w/report/case.xhtml';");
        type("access:code", code);
        type("access:passcode", passcode);
        click("access:open");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thread"))).getText())
                .contains("Cô đã đọc báo cáo. Mai em ghé phòng tư vấn nhé?");
    }

    private void openWidgetAs(String who) {
        browser.switchTo().defaultContent();
        browser.get(SuiteDeployment.baseUrl() + "/demo/course.xhtml?as=" + who + "&widget=report");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("lti-frame")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("widget-title")));
        Screenshots.useRequestedLanguage(browser);
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
