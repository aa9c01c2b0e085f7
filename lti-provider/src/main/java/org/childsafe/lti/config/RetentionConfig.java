package org.childsafe.lti.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.childsafe.lti.persistence.RetentionPeriod;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the tool core keeps rows that have served their purpose (defaults in
 * {@code META-INF/microprofile-config.properties}), validated when the application starts so that a wrong value
 * stops it with the key's name instead of silently deleting too much or nothing.
 *
 * <ul>
 * <li>{@code lti.grades.retention.sent-days} ({@code 90}) — a score the platform accepted is in the LMS gradebook;
 * the outbox row only feeds the grade sync page and is deleted this long after it was sent</li>
 * <li>{@code lti.grades.retention.failed-days} ({@code 365}) — a score the platform refused stays a year so a
 * teacher can still see why and resend it, then it is deleted</li>
 * <li>{@code tool.audit.retention-days} ({@code 1825}, five years) — the audit log is the evidence of who read,
 * changed, exported or escalated children's reports; a school must be able to answer "who saw this report" for as
 * long as a complaint or a court case about it can come, which is years after the case is closed (closed reports
 * themselves stay 24 months by default). Five years is a cautious default; {@code 0} keeps it for ever</li>
 * </ul>
 * {@code 0} means keep for ever for every key; see {@link RetentionPeriod}.
 */
@ApplicationScoped
public class RetentionConfig {

    @Inject
    @ConfigProperty(name = "lti.grades.retention.sent-days", defaultValue = "90")
    int gradesSentDays;

    @Inject
    @ConfigProperty(name = "lti.grades.retention.failed-days", defaultValue = "365")
    int gradesFailedDays;

    @Inject
    @ConfigProperty(name = "tool.audit.retention-days", defaultValue = "1825")
    int auditDays;

    protected RetentionConfig() {
    }

    /** For tests outside the container; validates like the container does. */
    public RetentionConfig(int gradesSentDays, int gradesFailedDays, int auditDays) {
        this.gradesSentDays = gradesSentDays;
        this.gradesFailedDays = gradesFailedDays;
        this.auditDays = auditDays;
        validate();
    }

    /** Creates (and so validates) the bean when the application starts, not at the first nightly run. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        gradesSent();
    }

    @PostConstruct
    void validate() {
        gradesSent();
        gradesFailed();
        audit();
    }

    /** Age, counted from when the platform accepted it, after which a SENT grade submission is deleted. */
    public RetentionPeriod gradesSent() {
        return new RetentionPeriod("lti.grades.retention.sent-days", gradesSentDays);
    }

    /** Age, counted from when it failed for good, after which a FAILED grade submission is deleted. */
    public RetentionPeriod gradesFailed() {
        return new RetentionPeriod("lti.grades.retention.failed-days", gradesFailedDays);
    }

    /** Age after which an audit event is deleted. */
    public RetentionPeriod audit() {
        return new RetentionPeriod("tool.audit.retention-days", auditDays);
    }
}
