package org.childsafe.report.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link RetentionService} for every school, then {@link OutboxRetention} for the mail and referral
 * outboxes, once a day at 02:30 server time. Safe on every node of a cluster at once: deleting what another node
 * already deleted is a no-op (a delete by age is idempotent). A failure for one school is logged and the others,
 * and the outboxes, still run.
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    RetentionService retention;

    @Inject
    OutboxRetention outboxes;

    @Schedule(hour = "2", minute = "30", persistent = false)
    void run() {
        int total = 0;
        for (long school : retention.schools()) {
            try {
                total += retention.purge(school);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Retention failed for school " + school + "; it runs again tomorrow.", e);
            }
        }
        int deleted = total;
        LOG.info(() -> "Report retention run finished: " + deleted + " closed cases deleted.");
        try {
            outboxes.purge();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox retention failed; it runs again tomorrow.", e);
        }
    }
}
