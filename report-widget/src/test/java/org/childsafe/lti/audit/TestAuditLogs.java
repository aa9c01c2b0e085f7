package org.childsafe.lti.audit;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** An {@link AuditLog} on a test entity manager, for use-case tests outside the container. */
public final class TestAuditLogs {

    private TestAuditLogs() {
    }

    public static AuditLog on(EntityManager em, Clock clock) {
        AuditLog log = new AuditLog();
        log.em = em;
        log.clock = clock;
        return log;
    }
}
