package org.childsafe.lti.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Start-up validation of the tool settings: a bad value stops the application, naming the property. */
class ToolConfigTest {

    private static ToolConfig production(String baseUrl) {
        ToolConfig config = ToolConfigTestData.demoDefaults();
        config.mode = "production";
        config.baseUrl = Optional.ofNullable(baseUrl);
        return config;
    }

    @Test
    void acceptsDemoDefaults() {
        ToolConfig config = ToolConfigTestData.demoDefaults();

        config.validate();

        assertThat(config.mode()).isEqualTo(ToolMode.DEMO);
        assertThat(config.baseUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(config.leeway()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.url("/lti/launch")).isEqualTo(URI.create("http://localhost:8080/lti/launch"));
    }

    @Test
    void acceptsProductionWithBaseUrlAndDemoOff() {
        ToolConfig config = production("https://childsafe.school.edu.vn");

        config.validate();

        assertThat(config.mode()).isEqualTo(ToolMode.PRODUCTION);
        assertThat(config.demoEnabled()).isFalse();
    }

    @Test
    void refusesDemoPlatformInProduction() {
        ToolConfig config = production("https://childsafe.school.edu.vn");
        config.demoEnabled = Optional.of(true);

        IllegalStateException e = assertThrows(IllegalStateException.class, config::validate);

        assertThat(e).hasMessageContaining("tool.demo.enabled");
    }

    @Test
    void refusesProductionWithoutBaseUrl() {
        ToolConfig config = production(null);

        IllegalStateException e = assertThrows(IllegalStateException.class, config::validate);

        assertThat(e).hasMessageContaining("tool.base-url");
    }

    @Test
    void refusesLeewayOutsideZeroToThreeHundredSeconds() {
        for (int leeway : new int[] {-1, 301}) {
            ToolConfig config = ToolConfigTestData.demoDefaults();
            config.leewaySeconds = leeway;

            IllegalStateException e = assertThrows(IllegalStateException.class, config::validate);

            assertThat(e).hasMessageContaining("tool.launch.leeway-seconds");
        }
    }

    @Test
    void acceptsLeewayAtBothBounds() {
        for (int leeway : new int[] {0, 300}) {
            ToolConfig config = ToolConfigTestData.demoDefaults();
            config.leewaySeconds = leeway;

            config.validate();

            assertThat(config.leeway()).isEqualTo(Duration.ofSeconds(leeway));
        }
    }

    @Test
    void refusesBaseUrlThatIsNotAbsoluteHttpAtStartup() {
        ToolConfig config = ToolConfigTestData.demoDefaults();
        config.baseUrl = Optional.of("ftp://x");

        IllegalStateException e = assertThrows(IllegalStateException.class, config::validate);

        assertThat(e).hasMessageContaining("tool.base-url");
    }

    @Test
    void baseUrlStripsTrailingSlashes() {
        ToolConfig config = ToolConfigTestData.demoDefaults();
        config.baseUrl = Optional.of("https://childsafe.school.edu.vn//");

        assertThat(config.baseUrl()).isEqualTo(URI.create("https://childsafe.school.edu.vn"));
        assertThat(config.url("/lti/login")).hasToString("https://childsafe.school.edu.vn/lti/login");
    }

    @Test
    void baseUrlRefusesOtherSchemesAndRelativeUrls() {
        for (String value : new String[] {"ftp://x", "/childsafe", "childsafe.school.edu.vn", "javascript:alert(1)"}) {
            ToolConfig config = ToolConfigTestData.demoDefaults();
            config.baseUrl = Optional.of(value);

            assertThrows(IllegalStateException.class, config::baseUrl, value);
        }
    }

    @Test
    void demoPlatformIsOnByDefaultInDemoModeOnly() {
        ToolConfig demo = ToolConfigTestData.demoDefaults();
        ToolConfig production = production("https://childsafe.school.edu.vn");

        assertThat(demo.demoEnabled()).isTrue();
        assertThat(production.demoEnabled()).isFalse();
    }

    @Test
    void demoPlatformCanBeSwitchedOffInDemoMode() {
        ToolConfig config = ToolConfigTestData.demoDefaults();
        config.demoEnabled = Optional.of(false);

        assertThat(config.demoEnabled()).isFalse();
    }

    @Test
    void modeIsParsedCaseInsensitively() {
        assertThat(ToolMode.parse("demo")).isEqualTo(ToolMode.DEMO);
        assertThat(ToolMode.parse("DEMO")).isEqualTo(ToolMode.DEMO);
        assertThat(ToolMode.parse("Production")).isEqualTo(ToolMode.PRODUCTION);
        assertThat(ToolMode.parse(" production ")).isEqualTo(ToolMode.PRODUCTION);
    }

    @Test
    void refusesUnknownMode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToolMode.parse("staging"));

        assertThat(e).hasMessageContaining("tool.mode");
        assertThrows(IllegalArgumentException.class, () -> ToolMode.parse(""));
    }

    @Test
    void refusesUnknownModeAtStartup() {
        ToolConfig config = ToolConfigTestData.demoDefaults();
        config.mode = "test";

        assertThrows(IllegalArgumentException.class, config::validate);
    }
}
