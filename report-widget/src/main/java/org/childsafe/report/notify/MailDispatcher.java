package org.childsafe.report.notify;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.childsafe.report.notify.MailOutbox.PendingMail;
import org.childsafe.report.referral.application.Backoff;

/**
 * Sends due notification mails: claim with a lease, render ({@link MailTexts}), send over SMTP, record. A failure
 * (server down, refused, timeout) is retried after {@link Backoff}; after {@code maxAttempts} the mail is DEAD.
 * At least once: a node that dies after the SMTP server accepted a mail and before recording it sends it again
 * after the lease, which for "a report is waiting" is harmless.
 */
public final class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MailOutbox outbox;
    private final SmtpMailSender sender;
    private final Backoff backoff;
    private final int maxAttempts;
    private final String link;
    private final Clock clock;
    private final String owner = "mailer-" + UUID.randomUUID();

    /**
     * @param link the triage page's absolute address, the only link a notification carries
     */
    public MailDispatcher(MailOutbox outbox, SmtpMailSender sender, Backoff backoff, int maxAttempts, String link,
            Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "Outbox is required.");
        this.sender = Objects.requireNonNull(sender, "Sender is required.");
        this.backoff = Objects.requireNonNull(backoff, "Backoff is required.");
        this.maxAttempts = maxAttempts;
        this.link = Objects.requireNonNull(link, "Link is required.");
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
    }

    /** Sends up to {@code batch} due mails; returns how many were sent. */
    public int dispatchDue(int batch) {
        int sent = 0;
        for (PendingMail mail : outbox.claimDue(owner, LEASE, batch)) {
            int attempt = mail.attempts() + 1;
            Locale locale = Locale.forLanguageTag(mail.locale());
            String school = mail.schoolName() == null ? "" : mail.schoolName();
            try {
                sender.send(mail.recipient(), MailTexts.subject(mail.kind(), locale),
                        MailTexts.body(mail.kind(), locale, school, link));
                outbox.recordSent(mail.id(), owner, attempt);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                boolean dead = attempt >= maxAttempts;
                Instant next = clock.instant().plus(dead ? Duration.ZERO : backoff.delayAfter(attempt));
                outbox.recordFailed(mail.id(), owner, attempt, "smtp." + e.getClass().getSimpleName(), next, dead);
                LOG.warning(() -> "Notification mail " + mail.id() + " attempt " + attempt + " failed ("
                        + e.getClass().getSimpleName() + ")" + (dead ? "; it is DEAD." : "; retry at " + next + "."));
            }
        }
        return sent;
    }
}
