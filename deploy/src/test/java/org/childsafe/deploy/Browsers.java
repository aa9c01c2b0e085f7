package org.childsafe.deploy;

import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through Debian's chromedriver (never a downloaded browser), headless, with the flags
 * this machine needs (no sandbox as root, no background networking on a closed network) and a fresh profile.
 */
public final class Browsers {

    private Browsers() {
    }

    public static WebDriver headlessChromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=412,915", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
