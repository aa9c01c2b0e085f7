package org.childsafe.lti.grades.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lti.grades.application.GradeRetention;

/**
 * Runs {@link GradeRetention} once a day at 03:10 server time. Safe on every node of a cluster at once: a delete
 * by age is idempotent, so what one node deleted the other simply does not find (each node then audits a run that
 * deleted nothing). A failure is logged and the next day's run catches up, since it deletes everything past the
 * period, not just one day's rows.
 */
@Singleton
public class GradeRetentionJob {

    private static final Logger LOG = Logger.getLogger(GradeRetentionJob.class.getName());

    @Inject
    GradeRetention retention;

    @Schedule(hour = "3", minute = "10", persistent = false)
    void run() {
        try {
            retention.purge();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Grade retention failed; it runs again tomorrow.", e);
        }
    }
}
