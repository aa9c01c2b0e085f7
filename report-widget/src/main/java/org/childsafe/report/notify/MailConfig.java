package org.childsafe.report.notify;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SMTP settings ({@code report.mail.*}), validated at start-up.
 * <ul>
 * <li>{@code report.mail.enabled} — send notifications (default {@code false}; mails are still queued)</li>
 * <li>{@code report.mail.host}, {@code report.mail.port} — SMTP server (defaults {@code localhost}, 25)</li>
 * <li>{@code report.mail.from} — sender address (default {@code childsafe@localhost})</li>
 * <li>{@code report.mail.username}, {@code report.mail.password} — SMTP AUTH, optional; supply the password as a
 * secret (env {@code REPORT_MAIL_PASSWORD}), never in a file in the image</li>
 * <li>{@code report.mail.starttls} — require STARTTLS (default {@code false}; set {@code true} for any server
 * outside the host)</li>
 * <li>{@code report.mail.max-attempts} — attempts before a mail is DEAD (default 40: with the one-hour cap on
 * the backoff about a day and a half of outage)</li>
 * <li>{@code report.mail.timeout-ms} — SMTP connect/read timeout (default 10000)</li>
 * </ul>
 */
@ApplicationScoped
public class MailConfig {

    @Inject
    @ConfigProperty(name = "report.mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "report.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "report.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "report.mail.from", defaultValue = "childsafe@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "report.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "report.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "report.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "report.mail.max-attempts", defaultValue = "40")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "report.mail.timeout-ms", defaultValue = "10000")
    int timeoutMs;

    @PostConstruct
    void validate() {
        if (port < 1 || port > 65_535) {
            throw new IllegalStateException("report.mail.port must be between 1 and 65535, was " + port + ".");
        }
        if (maxAttempts < 1 || maxAttempts > 1000) {
            throw new IllegalStateException("report.mail.max-attempts must be between 1 and 1000, was " + maxAttempts + ".");
        }
        if (timeoutMs < 100 || timeoutMs > 120_000) {
            throw new IllegalStateException("report.mail.timeout-ms must be between 100 and 120000, was " + timeoutMs + ".");
        }
        if (!from.contains("@")) {
            throw new IllegalStateException("report.mail.from must be an e-mail address.");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** The settings as an {@link SmtpMailSender}. */
    public SmtpMailSender sender() {
        Properties props = SmtpMailSender.properties(host, port, starttls, timeoutMs);
        return new SmtpMailSender(props, from, username.filter(u -> !u.isBlank()), password.filter(p -> !p.isBlank()));
    }
}
