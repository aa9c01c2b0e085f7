package org.childsafe.lti.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the administration feature, read through MicroProfile Config and validated on first use.
 *
 * <h2>Keys</h2>
 * <ul>
 * <li>{@code tool.admin.username} — the tool administrator's user name (default {@code admin})</li>
 * <li>{@code tool.admin.password} (env {@code TOOL_ADMIN_PASSWORD}) — the password, at least
 * {@value #MIN_PASSWORD_LENGTH} characters; when unset, one is generated on first start (see
 * {@link AdminPasswordBootstrap})</li>
 * <li>{@code tool.admin.login.max-failures} — failed sign-ins per client address before refusing (default 10)</li>
 * <li>{@code tool.admin.login.window-seconds} — the window those failures are counted in (default 300)</li>
 * </ul>
 */
@ApplicationScoped
public class AdminConfig {

    /** Shortest password accepted from configuration. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    @Inject
    @ConfigProperty(name = "tool.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "tool.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "tool.admin.login.max-failures", defaultValue = "10")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "tool.admin.login.window-seconds", defaultValue = "300")
    int windowSeconds;

    @PostConstruct
    void validate() {
        if (username.isBlank() || username.length() > 100) {
            throw new IllegalStateException("tool.admin.username must be 1 to 100 characters.");
        }
        if (password.isPresent() && password.get().length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("tool.admin.password (env TOOL_ADMIN_PASSWORD) must be at least "
                    + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (maxFailures < 1 || maxFailures > 1000) {
            throw new IllegalStateException("tool.admin.login.max-failures must be between 1 and 1000, was " + maxFailures + ".");
        }
        if (windowSeconds < 1 || windowSeconds > 86_400) {
            throw new IllegalStateException("tool.admin.login.window-seconds must be between 1 and 86400, was " + windowSeconds + ".");
        }
    }

    public String username() {
        return username;
    }

    /** The configured password; empty when the generated one applies. */
    public Optional<String> password() {
        return password;
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration failureWindow() {
        return Duration.ofSeconds(windowSeconds);
    }
}
