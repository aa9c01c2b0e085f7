package org.childsafe.lti.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tool core's settings, read through MicroProfile Config (defaults in
 * {@code META-INF/microprofile-config.properties}, overridden by environment variables such as
 * {@code TOOL_BASE_URL} and by system properties).
 *
 * <h2>Invariants</h2>
 * Validated once at startup ({@link #validate()}): a bad value stops the application with the property name,
 * never silently. In {@link ToolMode#PRODUCTION} the demo platform cannot be enabled.
 *
 * <h2>Keys</h2>
 * <ul>
 * <li>{@code tool.mode} — {@code demo} or {@code production} (default {@code production})</li>
 * <li>{@code tool.base-url} — public origin of the tool, e.g. {@code https://childsafe.school.edu.vn}</li>
 * <li>{@code tool.data-dir} — where demo-mode files live (default {@code ./data})</li>
 * <li>{@code tool.demo.enabled} — the built-in demo platform (default: on in demo mode only)</li>
 * <li>{@code tool.launch.leeway-seconds} — clock skew tolerated on {@code exp}/{@code iat} (default 60)</li>
 * <li>{@code tool.launch.state-ttl-seconds} — how long a login state may wait for its launch (default 600)</li>
 * <li>{@code tool.jwks.cache-ttl-seconds}, {@code tool.jwks.timeout-ms} — platform JWKS fetching</li>
 * <li>{@code tool.cookie.secure} — mark cookies {@code Secure} (default true; browsers accept it on localhost)</li>
 * <li>{@code tool.registration.dynamic.enabled} — accept LTI Dynamic Registration at {@code /lti/register}
 * (default: on in demo mode only; every registered platform may frame the tool, so it is opt-in)</li>
 * <li>{@code tool.registration.dynamic.key} — when set, {@code /lti/register} also requires {@code ?key=} with
 * this value; give platforms the URL {@code {base}/lti/register?key=…}</li>
 * </ul>
 */
@ApplicationScoped
public class ToolConfig {

    @Inject
    @ConfigProperty(name = "tool.mode", defaultValue = "production")
    String mode;

    @Inject
    @ConfigProperty(name = "tool.base-url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "tool.data-dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "tool.demo.enabled")
    Optional<Boolean> demoEnabled;

    @Inject
    @ConfigProperty(name = "tool.launch.leeway-seconds", defaultValue = "60")
    int leewaySeconds;

    @Inject
    @ConfigProperty(name = "tool.launch.state-ttl-seconds", defaultValue = "600")
    int stateTtlSeconds;

    @Inject
    @ConfigProperty(name = "tool.jwks.cache-ttl-seconds", defaultValue = "300")
    int jwksCacheTtlSeconds;

    @Inject
    @ConfigProperty(name = "tool.jwks.timeout-ms", defaultValue = "3000")
    int jwksTimeoutMs;

    @Inject
    @ConfigProperty(name = "tool.cookie.secure", defaultValue = "true")
    boolean cookieSecure;

    @Inject
    @ConfigProperty(name = "tool.registration.dynamic.enabled")
    Optional<Boolean> dynamicRegistration;

    @Inject
    @ConfigProperty(name = "tool.registration.dynamic.key")
    Optional<String> dynamicRegistrationKey;

    @PostConstruct
    void validate() {
        ToolMode parsed = mode();
        if (parsed == ToolMode.PRODUCTION && demoEnabled.orElse(false)) {
            throw new IllegalStateException(
                    "tool.demo.enabled=true is refused when tool.mode=production: the demo platform signs launches for anyone.");
        }
        if (parsed == ToolMode.PRODUCTION && baseUrl.isEmpty()) {
            throw new IllegalStateException("tool.base-url (env TOOL_BASE_URL) is required when tool.mode=production.");
        }
        requireRange("tool.launch.leeway-seconds", leewaySeconds, 0, 300);
        requireRange("tool.launch.state-ttl-seconds", stateTtlSeconds, 30, 3600);
        requireRange("tool.jwks.cache-ttl-seconds", jwksCacheTtlSeconds, 0, 86_400);
        requireRange("tool.jwks.timeout-ms", jwksTimeoutMs, 100, 60_000);
        baseUrl();
    }

    public ToolMode mode() {
        return ToolMode.parse(mode);
    }

    /** The tool's public origin without a trailing slash; {@code http://localhost:8080} in demo mode if unset. */
    public URI baseUrl() {
        String value = baseUrl.orElse("http://localhost:8080").replaceAll("/+$", "");
        URI uri = URI.create(value);
        if (uri.getScheme() == null || uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalStateException("tool.base-url must be an absolute http(s) URL, was '" + value + "'.");
        }
        return uri;
    }

    public boolean demoEnabled() {
        return demoEnabled.orElse(mode() == ToolMode.DEMO);
    }

    public Path dataDir() {
        return Path.of(dataDir);
    }

    public Duration leeway() {
        return Duration.ofSeconds(leewaySeconds);
    }

    public Duration stateTtl() {
        return Duration.ofSeconds(stateTtlSeconds);
    }

    public Duration jwksCacheTtl() {
        return Duration.ofSeconds(jwksCacheTtlSeconds);
    }

    public Duration jwksTimeout() {
        return Duration.ofMillis(jwksTimeoutMs);
    }

    public boolean cookieSecure() {
        return cookieSecure;
    }

    /** Whether {@code /lti/register} accepts Dynamic Registration at all. */
    public boolean dynamicRegistrationEnabled() {
        return dynamicRegistration.orElse(mode() == ToolMode.DEMO);
    }

    /** The secret a Dynamic Registration URL must carry as {@code ?key=}, if one is configured. */
    public Optional<String> dynamicRegistrationKey() {
        return dynamicRegistrationKey.filter(key -> !key.isBlank());
    }

    /** Absolute URL of a path on this tool, e.g. {@code url("/lti/launch")}. */
    public URI url(String path) {
        return URI.create(baseUrl() + path);
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalStateException(name + " must be between " + min + " and " + max + ", was " + value + ".");
        }
    }
}
