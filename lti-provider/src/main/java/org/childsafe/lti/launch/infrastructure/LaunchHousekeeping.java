package org.childsafe.lti.launch.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Deletes expired login states and nonces every ten minutes, so the tables stay small. Safe on every node of a
 * cluster at once: deleting what is already deleted is a no-op. Rows are kept an hour past expiry so a late
 * replay is still recognised as a replay rather than as an unknown state.
 */
@Singleton
public class LaunchHousekeeping {

    static final Duration GRACE = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(LaunchHousekeeping.class.getName());

    @Inject
    JdbcStateStore states;

    @Inject
    JdbcNonceStore nonces;

    @Inject
    Clock clock;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void purge() {
        Instant cutoff = clock.instant().minus(GRACE);
        int removed = states.purgeExpired(cutoff) + nonces.purgeExpired(cutoff);
        if (removed > 0) {
            LOG.fine(() -> "Purged " + removed + " expired login states and nonces.");
        }
    }
}
