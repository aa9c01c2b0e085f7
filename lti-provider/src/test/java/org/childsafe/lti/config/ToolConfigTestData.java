package org.childsafe.lti.config;

import java.util.Optional;

/**
 * {@link ToolConfig}s for tests outside a CDI container: the package-private fields are set to the defaults of
 * {@code META-INF/microprofile-config.properties}, then the caller adjusts them.
 */
public final class ToolConfigTestData {

    private ToolConfigTestData() {
    }

    /** Demo mode with the documented defaults and no {@code tool.base-url}; not yet validated. */
    static ToolConfig demoDefaults() {
        ToolConfig config = new ToolConfig();
        config.mode = "demo";
        config.baseUrl = Optional.empty();
        config.dataDir = "./data";
        config.demoEnabled = Optional.empty();
        config.leewaySeconds = 60;
        config.stateTtlSeconds = 600;
        config.jwksCacheTtlSeconds = 300;
        config.jwksTimeoutMs = 3000;
        config.cookieSecure = true;
        config.dynamicRegistration = Optional.empty();
        config.dynamicRegistrationKey = Optional.empty();
        return config;
    }

    /**
     * @param baseUrl the tool's public base URL
     * @return a validated demo-mode configuration with that base URL
     */
    public static ToolConfig demo(String baseUrl) {
        ToolConfig config = demoDefaults();
        config.baseUrl = Optional.of(baseUrl);
        config.validate();
        return config;
    }

    /**
     * @param mode    {@code demo} or {@code production}
     * @param dataDir the data directory
     * @return a configuration in that mode (production gets a base URL so it validates)
     */
    public static ToolConfig withMode(String mode, String dataDir) {
        ToolConfig config = demoDefaults();
        config.mode = mode;
        config.dataDir = dataDir;
        config.baseUrl = Optional.of("https://tool.test.example");
        config.validate();
        return config;
    }

    /**
     * @param mode    {@code demo} or {@code production}
     * @param enabled {@code tool.registration.dynamic.enabled}, or null when unset
     * @param key     {@code tool.registration.dynamic.key}, or null when unset
     * @return a validated configuration with those Dynamic Registration settings
     */
    public static ToolConfig withDynamicRegistration(String mode, Boolean enabled, String key) {
        ToolConfig config = withMode(mode, "./data");
        config.dynamicRegistration = Optional.ofNullable(enabled);
        config.dynamicRegistrationKey = Optional.ofNullable(key);
        return config;
    }
}
