package org.childsafe.lti.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.childsafe.lti.config.RetentionConfig;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.lti.testplatform.MutableClock;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Audit retention on H2 and a real PostgreSQL: events written through {@link AuditLog} at different ages, exactly
 * those older than the period deleted, and every run itself audited. One test per database, because a run deletes
 * across the whole table.
 */
class AuditRetentionIT {

    @RegisterExtension
    static final TestPersistence persistence = TestPersistence.ltiCore();

    static final Instant NOW = Instant.parse("2026-06-01T03:20:00.250Z");
    static final Duration FIVE_YEARS = Duration.ofDays(1825);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void deletesEventsOlderThanThePeriodAndAuditsEveryRun(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        MutableClock clock = new MutableClock(NOW);
        Instant cutoff = NOW.minus(FIVE_YEARS);
        recordAt(db, clock, cutoff.minusMillis(1), "just-too-old");
        recordAt(db, clock, cutoff.minus(Duration.ofDays(3000)), "ancient");
        recordAt(db, clock, cutoff, "exactly-at-the-limit");
        recordAt(db, clock, cutoff.plusMillis(1), "just-younger");
        recordAt(db, clock, NOW.minus(Duration.ofDays(1)), "yesterday");
        clock.set(NOW);

        int keptForEver = db.fromTransaction(em -> retention(em, clock, 0).purge());

        assertThat(keptForEver).isZero();
        assertThat(targets(db)).containsExactly("ancient", "just-too-old", "exactly-at-the-limit", "just-younger",
                "yesterday", "tool");

        int deleted = db.fromTransaction(em -> retention(em, clock, 1825).purge());

        assertThat(deleted).isEqualTo(2);
        assertThat(targets(db)).containsExactly("exactly-at-the-limit", "just-younger", "yesterday", "tool", "tool");
        List<AuditEvent> runs = db.fromTransaction(em -> em.createQuery("select e from AuditEvent e where e.action = :a"
                + " order by e.id", AuditEvent.class).setParameter("a", AuditRetention.AUDIT_ACTION).getResultList());
        assertThat(runs).extracting(AuditEvent::detail).containsExactly("deleted=0 (forever)", "deleted=2 (1825d)");
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.actor()).isEqualTo("system");
            assertThat(run.occurredAt()).isEqualTo(NOW);
        });

        int secondNode = db.fromTransaction(em -> retention(em, clock, 1825).purge());

        assertThat(secondNode).as("a second node running the same job").isZero();
    }

    private static AuditRetention retention(EntityManager em, MutableClock clock, int days) {
        return new AuditRetention(log(em, clock), new RetentionConfig(90, 365, days), clock);
    }

    private static void recordAt(PersistenceFixture db, MutableClock clock, Instant at, String target) {
        clock.set(at);
        db.inTransaction(em -> log(em, clock).record("tool-admin", "registration.update", target, null));
    }

    private static List<String> targets(PersistenceFixture db) {
        return db.fromTransaction(em -> em.createQuery("select e.target from AuditEvent e order by e.occurredAt, e.id",
                String.class).getResultList());
    }

    private static AuditLog log(EntityManager em, MutableClock clock) {
        AuditLog log = new AuditLog();
        log.em = em;
        log.clock = clock;
        return log;
    }
}
