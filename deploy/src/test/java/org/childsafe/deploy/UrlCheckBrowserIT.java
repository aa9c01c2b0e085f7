package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A student uses the link checker in a real browser, inside the demo LMS's iframe, with the keyboard only: a safe
 * link, a link the school blocks (unsafe) and a look-alike of a Vietnamese bank. Each verdict says its rating in
 * words, has an icon and reasons, focus moves to the result, and axe-core finds no serious or critical WCAG 2.1
 * A/AA violation on the page with results. The school's public page works without any login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UrlCheckBrowserIT {

    private static final Pattern PUBLIC_ID = Pattern.compile("\"deploymentId\":\"demo-school-1\",\"publicId\":\"([^\"]+)\"");

    private static String demoSchool;

    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war();
    }

    @BeforeEach
    void blockOneSiteForTheDemoSchoolAndOpenABrowser() throws Exception {
        if (demoSchool == null) {
            ToolClient admin = new ToolClient(SuiteDeployment.baseUrl());
            HttpResponse<String> registrations = admin.admin("GET", "/api/admin/registrations", null, null);
            Matcher m = PUBLIC_ID.matcher(registrations.body());
            assertThat(m.find()).as(registrations.body()).isTrue();
            demoSchool = m.group(1);
            HttpResponse<String> blocked = admin.admin("POST", "/api/admin/urlcheck/schools/" + demoSchool + "/lists",
                    "application/json", "{\"list\":\"BLOCK\",\"kind\":\"DOMAIN\",\"value\":\"games-blocked.example\"}");
            assertThat(blocked.statusCode()).as(blocked.body()).isIn(201, 409);
        }
        browser = Browsers.headlessChromium(Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-"));
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
    void aStudentChecksASafeAnUnsafeAndALookAlikeLinkWithTheKeyboardOnly() {
        browser.get(SuiteDeployment.baseUrl() + "/demo/course.xhtml?as=student&widget=urlcheck");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("lti-frame")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("widget-title")));
        Screenshots.inBothLanguages(browser, "student-link-checker", Screenshots.Device.PHONE);

        WebElement safe = checkWithKeyboard("https://example.com/homework");
        assertThat(safe.getAttribute("data-rating")).isEqualTo("SAFE");
        assertThat(safe.getText()).contains("An toàn", "\u2714");

        WebElement unsafe = checkWithKeyboard("https://www.games-blocked.example/play");
        assertThat(unsafe.getAttribute("data-rating")).isEqualTo("UNSAFE");
        assertThat(unsafe.getText()).contains("Không an toàn", "\u2716", "games-blocked.example");
        assertThat(unsafe.findElement(By.linkText("Báo cáo đường liên kết này")).getAttribute("href"))
                .contains("/w/report/index.xhtml?link=https%3A%2F%2Fwww.games-blocked.example%2Fplay");
        Screenshots.take(browser, "student-link-unsafe", Screenshots.Device.PHONE);

        WebElement lookalike = checkWithKeyboard("https://vietcornbank.com.vn/dang-nhap");
        assertThat(lookalike.getAttribute("data-rating")).isEqualTo("CAUTION");
        assertThat(lookalike.findElement(By.className("cs-lookalike")).getText()).contains("vietcombank.com.vn");
        Screenshots.take(browser, "student-link-lookalike", Screenshots.Device.PHONE);

        assertNoSeriousViolations("widget page with a verdict");
    }

    @Test
    void anyoneChecksALinkOnTheSchoolsPublicPageWithoutLogin() {
        browser.get(SuiteDeployment.baseUrl() + "/p/urlcheck/" + demoSchool + "?lang=en");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("widget-title")));
        assertThat(browser.findElement(By.id("school-name")).getText()).contains("Demo");

        WebElement verdict = checkWithKeyboard("http://games-blocked.example/");

        assertThat(verdict.getAttribute("data-rating")).isEqualTo("UNSAFE");
        assertThat(verdict.getText()).contains("Not safe");
        assertThat(verdict.findElement(By.linkText("Report this link")).getAttribute("href"))
                .contains("/p/report/" + demoSchool + "?link=http%3A%2F%2Fgames-blocked.example%2F");
        assertNoSeriousViolations("public page with a verdict");
        Screenshots.take(browser, "public-link-unsafe", Screenshots.Device.PHONE);
    }

    @Test
    void theSchoolAdministratorAddsABlockEntryOnTheSettingsPage() {
        browser.get(SuiteDeployment.baseUrl() + "/demo/course.xhtml?as=admin&widget=urlcheck");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("lti-frame")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("settings"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("settings-title")));

        browser.findElement(By.id("listForm:value")).sendKeys("Blocked-By-Admin.example");
        browser.findElement(By.id("listForm:note")).sendKeys("bài kiểm tra");
        browser.findElement(By.id("listForm:add")).click();
        WebElement entries = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entriesForm:entries")));

        assertThat(entries.getText()).contains("blocked-by-admin.example", "bài kiểm tra");
        browser.findElement(By.id("listForm:value")).sendKeys("example.com/games");
        browser.findElement(By.id("listForm:add")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#listForm .cs-error"))).getText())
                .as("a domain with a path is refused with a clear message").contains("Tiền tố liên kết");
        assertNoSeriousViolations("settings page");
        // axe leaves the driver on the demo LMS page: the picture is of the tool's frame.
        browser.switchTo().frame("lti-frame");
        Screenshots.inBothLanguages(browser, "admin-school-links", Screenshots.Device.LAPTOP);
    }

    @Test
    void theToolAdministratorSeesTheFeedsPage() {
        browser.get(SuiteDeployment.baseUrl() + "/admin/login.xhtml");
        browser.findElement(By.id("loginForm:username")).sendKeys("admin");
        browser.findElement(By.id("loginForm:password")).sendKeys(SuiteDeployment.adminPassword());
        browser.findElement(By.id("loginForm:signIn")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));

        browser.get(SuiteDeployment.baseUrl() + "/admin/urlcheck.xhtml");

        String state = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feed-state"))).getText();
        assertThat(state).isIn("Đang nạp", "Sẵn sàng", "Loading", "Ready");
        assertThat(browser.findElement(By.id("sources")).getText()).contains("ut1", "urlhaus", "CC BY-SA 4.0");
        assertNoSeriousViolations("feeds admin page");
        browser.get(SuiteDeployment.baseUrl() + "/admin/registrations.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        Screenshots.inBothLanguages(browser, "admin-registrations", Screenshots.Device.LAPTOP);
    }

    /** Tabs from the page's start to the input, types, tabs to "Check", presses Enter; returns the first verdict. */
    private WebElement checkWithKeyboard(String link) {
        WebElement input = browser.findElement(By.id("checkForm:link"));
        browser.switchTo().activeElement();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        Actions keys = new Actions(browser);
        for (int i = 0; i < 15 && !input.equals(browser.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement()).as("the input is reachable with Tab").isEqualTo(input);
        keys.keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).sendKeys(link).perform();
        WebElement button = browser.findElement(By.id("checkForm:check"));
        for (int i = 0; i < 5 && !button.equals(browser.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement()).as("Check follows the input in tab order").isEqualTo(button);
        keys.sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.stalenessOf(button));
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results-title")));
        assertThat(browser.switchTo().activeElement()).as("focus moves to the result").isEqualTo(title);
        return browser.findElement(By.cssSelector("section.cs-verdict"));
    }

    /** axe-core (WCAG 2.1 A and AA rules) in the real browser; "serious" and "critical" findings fail. */
    private void assertNoSeriousViolations(String what) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as(what + ": " + serious.stream().map(r -> r.getId() + " " + r.getNodes()).toList()).isEmpty();
    }
}
