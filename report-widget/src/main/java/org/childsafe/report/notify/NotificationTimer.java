package org.childsafe.report.notify;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.report.referral.application.Backoff;
import org.childsafe.report.triage.infrastructure.TriageWatch;

/**
 * Every {@value #EVERY_SECONDS} seconds on every node: the triage watch notices new and overdue cases (queuing
 * mails), then this node's {@link MailDispatcher} sends what is due, when {@code report.mail.enabled}. Mails are
 * queued even while sending is disabled, and leave once it is enabled.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotificationTimer {

    static final int EVERY_SECONDS = 20;

    private static final Logger LOG = Logger.getLogger(NotificationTimer.class.getName());

    @Inject
    TriageWatch watch;

    @Inject
    MailOutbox outbox;

    @Inject
    MailConfig config;

    @Inject
    ToolConfig tool;

    @Inject
    Clock clock;

    private MailDispatcher dispatcher;
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void create() {
        dispatcher = new MailDispatcher(outbox, config.sender(),
                new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), new SecureRandom()), config.maxAttempts(),
                tool.url("/w/report/triage/queue.xhtml").toString(), clock);
    }

    @Schedule(second = "*/" + EVERY_SECONDS, minute = "*", hour = "*", persistent = false)
    void onTimer() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            watch.seeNewCases();
            watch.alertOverdue();
            if (config.enabled()) {
                dispatcher.dispatchDue(50);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification round failed; the next round retries.", e);
        } finally {
            running.set(false);
        }
    }
}
