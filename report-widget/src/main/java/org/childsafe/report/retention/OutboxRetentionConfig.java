package org.childsafe.report.retention;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.childsafe.lti.persistence.RetentionPeriod;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the report widget's outboxes keep what they no longer need (defaults in
 * {@code META-INF/microprofile-config.properties}), validated when the application starts so that a wrong value
 * stops it with the key's name.
 *
 * <ul>
 * <li>{@code report.mail.retention-days} ({@code 30}) — a SENT or DEAD notice (a counselor's address, the kind,
 * the error) is deleted this long after it was sent or given up; a month leaves time to diagnose a mail
 * problem</li>
 * <li>{@code report.network.payload-retention-days} ({@code 30}) — the encrypted payload of a DELIVERED referral
 * (which may hold the child's name under a legal basis) is erased this long after delivery; the network holds the
 * referral from then on. The row stays, so the case page still shows the delivery and the network's status</li>
 * </ul>
 * {@code 0} keeps for ever; see {@link RetentionPeriod}.
 */
@ApplicationScoped
public class OutboxRetentionConfig {

    @Inject
    @ConfigProperty(name = "report.mail.retention-days", defaultValue = "30")
    int mailDays;

    @Inject
    @ConfigProperty(name = "report.network.payload-retention-days", defaultValue = "30")
    int referralPayloadDays;

    protected OutboxRetentionConfig() {
    }

    /** For tests outside the container; validates like the container does. */
    public OutboxRetentionConfig(int mailDays, int referralPayloadDays) {
        this.mailDays = mailDays;
        this.referralPayloadDays = referralPayloadDays;
        validate();
    }

    /** Creates (and so validates) the bean when the application starts, not at the first nightly run. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        mail();
    }

    @PostConstruct
    void validate() {
        mail();
        referralPayload();
    }

    /** Age, from sending or giving up, after which a SENT or DEAD mail is deleted. */
    public RetentionPeriod mail() {
        return new RetentionPeriod("report.mail.retention-days", mailDays);
    }

    /** Age, from delivery, after which a delivered referral's payload is erased. */
    public RetentionPeriod referralPayload() {
        return new RetentionPeriod("report.network.payload-retention-days", referralPayloadDays);
    }
}
