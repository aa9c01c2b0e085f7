package org.childsafe.lti.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link AuditRetention} once a day at 03:20 server time. Safe on every node of a cluster at once: a delete
 * by age is idempotent, so a second node finds nothing left to delete (and audits a run that deleted nothing).
 */
@Singleton
public class AuditRetentionJob {

    private static final Logger LOG = Logger.getLogger(AuditRetentionJob.class.getName());

    @Inject
    AuditRetention retention;

    @Schedule(hour = "3", minute = "20", persistent = false)
    void run() {
        try {
            retention.purge();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit retention failed; it runs again tomorrow.", e);
        }
    }
}
