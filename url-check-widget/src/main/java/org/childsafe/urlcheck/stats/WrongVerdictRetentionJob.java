package org.childsafe.urlcheck.stats;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link WrongVerdictRetention} once a day at 03:30 server time. Safe on every node of a cluster at once: a
 * delete by age is idempotent, so a second node finds nothing left (and audits a run that deleted nothing).
 */
@Singleton
public class WrongVerdictRetentionJob {

    private static final Logger LOG = Logger.getLogger(WrongVerdictRetentionJob.class.getName());

    @Inject
    WrongVerdictRetention retention;

    @Schedule(hour = "3", minute = "30", persistent = false)
    void run() {
        try {
            retention.purge();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Wrong-verdict retention failed; it runs again tomorrow.", e);
        }
    }
}
