package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Cookie-less launches (ADR 0009) in a real browser, inside the demo LMS's iframe.
 *
 * <p>How the cookie goes missing: with {@code cookies=off} the demo platform's authorization endpoint deletes the
 * tool's state-binding cookie before it auto-posts the launch (the demo shares the tool's host, so it can), so the
 * launch reaches the tool exactly as from a browser that refused the cookie in a third-party frame. This is
 * deterministic, unlike Chromium's third-party-cookie switches, whose defaults and flags change between versions;
 * and the session cookie the launch then sets still works, so the test can see the widget.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CookielessLaunchBrowserIT {

    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.headlessChromium(Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void launchSucceedsWithoutTheBindingCookieThroughPlatformStorage() {
        browser.get(SuiteDeployment.baseUrl() + "/demo/course.xhtml?as=student&widget=lessons&storage=on&cookies=off");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("lti-frame")));

        String title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("widget-title"))).getText();

        assertThat(title).isEqualTo("Bài học an toàn");
        browser.switchTo().defaultContent();
        String log = browser.findElement(By.id("demo-storage-log")).getText();
        assertThat(log).as("state and nonce stored at login, binding read back at launch")
                .contains("lti.put_data.response", "lti.get_data.response").doesNotContain("bad_request");
    }

    @Test
    void storageAnsweringFromAForeignOriginFailsClosed() {
        browser.get(SuiteDeployment.baseUrl() + "/demo/course.xhtml?as=student&widget=lessons&storage=foreign&cookies=off");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("lti-frame")));

        String code = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lti-error-code"))).getAttribute("textContent");

        assertThat(code).isEqualTo("lti.storage_origin_mismatch");
        assertThat(browser.findElement(By.id("lti-error-message")).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("widget-title"))).isEmpty();
    }

    @Test
    void withoutCookieAndStorageOffersANewWindowThatLaunches() {
        browser.get(SuiteDeployment.baseUrl() + "/demo/course.xhtml?as=student&widget=lessons&storage=off&cookies=off");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("lti-frame")));
        String lessons = browser.getWindowHandle();

        wait.until(ExpectedConditions.elementToBeClickable(By.id("lti-new-window"))).click();
        wait.until(driver -> driver.getWindowHandles().size() == 2);
        Set<String> handles = browser.getWindowHandles();
        handles.remove(lessons);
        browser.switchTo().window(handles.iterator().next());

        String title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("widget-title"))).getText();
        assertThat(title).isEqualTo("Bài học an toàn");
    }
}
