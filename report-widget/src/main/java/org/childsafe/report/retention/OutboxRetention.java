package org.childsafe.report.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.lti.persistence.RetentionPeriod;
import org.childsafe.report.audit.CaseAudit;
import org.childsafe.report.notify.MailOutbox;
import org.childsafe.report.referral.application.ReferralOutbox;

/**
 * Cleans the report widget's two outboxes once their rows have done their job: deletes SENT and DEAD notification
 * mails after {@code report.mail.retention-days}, and erases the encrypted payload of DELIVERED referrals after
 * {@code report.network.payload-retention-days} (the row, and with it what the case page shows, stays). Mails on
 * their way (PENDING) and referrals not yet delivered (PENDING, DEAD: an operator may requeue them) are never
 * touched.
 *
 * <p>Each run records one audit event {@value #AUDIT_ACTION} (actor {@value CaseAudit#SYSTEM}, target
 * {@value #TARGET}) with the counts and periods, in the same transaction, and logs counts only: never an address
 * or a case. Running it on two nodes at once is harmless: a delete or an erase by age is idempotent, and an
 * erased payload is not counted twice.
 */
@ApplicationScoped
public class OutboxRetention {

    /** The audit action of a run. */
    public static final String AUDIT_ACTION = "report.outbox.retention";
    /** The installation-wide target of a run. */
    public static final String TARGET = "tool";

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class.getName());

    @Inject
    MailOutbox mails;

    @Inject
    ReferralOutbox referrals;

    @Inject
    OutboxRetentionConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    protected OutboxRetention() {
    }

    /** For tests outside the container. */
    public OutboxRetention(MailOutbox mails, ReferralOutbox referrals, OutboxRetentionConfig config, AuditLog audit,
            Clock clock) {
        this.mails = mails;
        this.referrals = referrals;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /** What one run removed. */
    public record Purged(int sentMails, int deadMails, int referralPayloads) {
    }

    /** Deletes the expired mails, erases the expired referral payloads and audits the run. */
    @Transactional
    public Purged purge() {
        Instant now = clock.instant();
        RetentionPeriod mailPeriod = config.mail();
        RetentionPeriod payloadPeriod = config.referralPayload();
        int sent = mailPeriod.cutoff(now).map(mails::deleteSentBefore).orElse(0);
        int dead = mailPeriod.cutoff(now).map(mails::deleteDeadBefore).orElse(0);
        int payloads = payloadPeriod.cutoff(now).map(referrals::erasePayloadsDeliveredBefore).orElse(0);
        audit.record(CaseAudit.SYSTEM, AUDIT_ACTION, TARGET, "mail.sent=" + sent + ", mail.dead=" + dead + " ("
                + mailPeriod + "); referral.payloads=" + payloads + " (" + payloadPeriod + ")");
        LOG.info(() -> "Report outbox retention run: " + sent + " sent and " + dead + " dead mails deleted, "
                + payloads + " delivered referral payloads erased.");
        return new Purged(sent, dead, payloads);
    }
}
