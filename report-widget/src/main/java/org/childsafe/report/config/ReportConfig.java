package org.childsafe.report.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code report.*} setting except the master key ({@code CaseCryptoProducer}), with its default. Defaults
 * are also listed in {@code META-INF/microprofile-config.properties}; per-school overrides of the first five live
 * in {@code report_school_settings}. Invalid values stop the application at start-up, naming the property.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>Key</th><th>Default</th><th>Meaning</th></tr>
 * <tr><td>{@code report.emergency.police}</td><td>113</td><td>police number on the emergency screen</td></tr>
 * <tr><td>{@code report.emergency.child-line}</td><td>111</td><td>national child protection line (24/7, free)</td></tr>
 * <tr><td>{@code report.reply-time-hours}</td><td>48</td><td>expected reply time shown on the receipt</td></tr>
 * <tr><td>{@code report.retention-months}</td><td>24</td><td>closed cases are deleted this long after closing</td></tr>
 * <tr><td>{@code report.small-class-minimum}</td><td>10</td><td>below this many known learners in a course, warn the reporter</td></tr>
 * <tr><td>{@code report.limits.submissions-per-hour}</td><td>5</td><td>new reports per source and hour</td></tr>
 * <tr><td>{@code report.limits.access-attempts-per-hour}</td><td>10</td><td>code + passcode attempts per case code, and per source, per hour</td></tr>
 * <tr><td>{@code report.limits.messages-per-hour}</td><td>20</td><td>reporter messages per case and hour</td></tr>
 * <tr><td>{@code report.limits.text-chars}</td><td>5000</td><td>longest free-text answer</td></tr>
 * <tr><td>{@code report.attachments.max-count}</td><td>3</td><td>screenshots per report</td></tr>
 * <tr><td>{@code report.attachments.max-bytes}</td><td>5242880</td><td>largest screenshot (bytes, before re-encoding)</td></tr>
 * </table>
 */
@ApplicationScoped
public class ReportConfig {

    @Inject
    @ConfigProperty(name = "report.emergency.police", defaultValue = "113")
    String police;

    @Inject
    @ConfigProperty(name = "report.emergency.child-line", defaultValue = "111")
    String childLine;

    @Inject
    @ConfigProperty(name = "report.reply-time-hours", defaultValue = "48")
    int replyTimeHours;

    @Inject
    @ConfigProperty(name = "report.retention-months", defaultValue = "24")
    int retentionMonths;

    @Inject
    @ConfigProperty(name = "report.small-class-minimum", defaultValue = "10")
    int smallClassMinimum;

    @Inject
    @ConfigProperty(name = "report.limits.submissions-per-hour", defaultValue = "5")
    int submissionsPerHour;

    @Inject
    @ConfigProperty(name = "report.limits.access-attempts-per-hour", defaultValue = "10")
    int accessAttemptsPerHour;

    @Inject
    @ConfigProperty(name = "report.limits.messages-per-hour", defaultValue = "20")
    int messagesPerHour;

    @Inject
    @ConfigProperty(name = "report.limits.text-chars", defaultValue = "5000")
    int textChars;

    @Inject
    @ConfigProperty(name = "report.attachments.max-count", defaultValue = "3")
    int maxAttachments;

    @Inject
    @ConfigProperty(name = "report.attachments.max-bytes", defaultValue = "5242880")
    int maxAttachmentBytes;

    protected ReportConfig() {
    }

    /** Values for tests outside the container. */
    public static ReportConfig defaults() {
        ReportConfig c = new ReportConfig();
        c.police = "113";
        c.childLine = "111";
        c.replyTimeHours = 48;
        c.retentionMonths = 24;
        c.smallClassMinimum = 10;
        c.submissionsPerHour = 5;
        c.accessAttemptsPerHour = 10;
        c.messagesPerHour = 20;
        c.textChars = 5000;
        c.maxAttachments = 3;
        c.maxAttachmentBytes = 5 * 1024 * 1024;
        return c;
    }

    @PostConstruct
    void validate() {
        positive("report.reply-time-hours", replyTimeHours);
        positive("report.retention-months", retentionMonths);
        positive("report.small-class-minimum", smallClassMinimum);
        positive("report.limits.submissions-per-hour", submissionsPerHour);
        positive("report.limits.access-attempts-per-hour", accessAttemptsPerHour);
        positive("report.limits.messages-per-hour", messagesPerHour);
        positive("report.limits.text-chars", textChars);
        if (maxAttachments < 0 || maxAttachments > 10) {
            throw new IllegalStateException("report.attachments.max-count must be 0..10, was " + maxAttachments + ".");
        }
        positive("report.attachments.max-bytes", maxAttachmentBytes);
        if (!police.matches("[0-9+][0-9 \\-]{0,19}") || !childLine.matches("[0-9+][0-9 \\-]{0,19}")) {
            throw new IllegalStateException("report.emergency.police and report.emergency.child-line must be phone numbers.");
        }
    }

    public String police() {
        return police;
    }

    public String childLine() {
        return childLine;
    }

    public int replyTimeHours() {
        return replyTimeHours;
    }

    public int retentionMonths() {
        return retentionMonths;
    }

    public int smallClassMinimum() {
        return smallClassMinimum;
    }

    public int submissionsPerHour() {
        return submissionsPerHour;
    }

    public int accessAttemptsPerHour() {
        return accessAttemptsPerHour;
    }

    public int messagesPerHour() {
        return messagesPerHour;
    }

    public int textChars() {
        return textChars;
    }

    public int maxAttachments() {
        return maxAttachments;
    }

    public int maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalStateException(name + " must be at least 1, was " + value + ".");
        }
    }
}
