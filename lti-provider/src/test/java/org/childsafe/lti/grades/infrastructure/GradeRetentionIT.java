package org.childsafe.lti.grades.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.lti.config.RetentionConfig;
import org.childsafe.lti.grades.application.GradeRetention;
import org.childsafe.lti.grades.application.SyncState;
import org.childsafe.lti.grades.domain.NewSubmission;
import org.childsafe.lti.grades.infrastructure.JdbcGradeOutboxIT.Seed;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.lti.services.ags.ActivityProgress;
import org.childsafe.lti.services.ags.GradingProgress;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Grade retention on H2 and a real PostgreSQL: rows of every state and age, made through {@link JdbcGradeOutbox}
 * as the dispatcher makes them, and exactly the finished ones past their period deleted. One test per database,
 * because a run is installation-wide: two tests sharing the database would delete each other's rows.
 */
class GradeRetentionIT {

    @RegisterExtension
    static final TestPersistence persistence = TestPersistence.ltiCore();

    static final Instant NOW = Instant.parse("2026-06-01T03:10:00.500Z");
    static final Duration DAY = Duration.ofDays(1);

    private static final AtomicInteger LINKS = new AtomicInteger();

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void deletesOnlyFinishedRowsPastTheirPeriodAndNeverOnesOnTheirWay(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        Seed seed = JdbcGradeOutboxIT.seed(db);
        JdbcGradeOutbox outbox = new JdbcGradeOutbox(db.dataSource());
        Instant sentCutoff = NOW.minus(DAY.multipliedBy(90));
        Instant failedCutoff = NOW.minus(DAY.multipliedBy(365));

        long sentJustTooOld = sent(outbox, seed, sentCutoff.minusMillis(1));
        long sentExactlyAtLimit = sent(outbox, seed, sentCutoff);
        long sentJustYounger = sent(outbox, seed, sentCutoff.plusMillis(1));
        long sentYearsAgo = sent(outbox, seed, NOW.minus(DAY.multipliedBy(2000)));
        long failedJustTooOld = failed(outbox, seed, failedCutoff.minusMillis(1));
        long failedExactlyAtLimit = failed(outbox, seed, failedCutoff);
        long failedOlderThanTheSentLimit = failed(outbox, seed, NOW.minus(DAY.multipliedBy(200)));
        long pendingYearsOld = outbox.enqueue(submission(seed, NOW.minus(DAY.multipliedBy(2000))));
        long inFlightYearsOld = inFlight(outbox, seed, NOW.minus(DAY.multipliedBy(2000)));
        long retryingYearsOld = retrying(outbox, seed, NOW.minus(DAY.multipliedBy(2000)));
        long requeuedOldFailure = failed(outbox, seed, NOW.minus(DAY.multipliedBy(2000)));
        assertThat(outbox.requeue(requeuedOldFailure, NOW.minus(DAY.multipliedBy(1999)))).isTrue();
        // A learner who finished twice before the first score went out: the older row is superseded, never sent.
        NewSubmission replacedOld = submission(seed, sentCutoff.minusMillis(2));
        long supersededJustTooOld = outbox.enqueue(replacedOld);
        long itsNewerRow = outbox.enqueue(again(replacedOld, sentCutoff.minusMillis(1)));
        NewSubmission replacedYoung = submission(seed, sentCutoff);
        long supersededAtLimit = outbox.enqueue(replacedYoung);
        long itsNewerYoungRow = outbox.enqueue(again(replacedYoung, sentCutoff.plusMillis(1)));
        NewSubmission replacedLeased = submission(seed, NOW.minus(DAY.multipliedBy(2000)));
        long supersededButLeased = inFlight(outbox, replacedLeased);
        long itsNewerLeasedRow = outbox.enqueue(again(replacedLeased, NOW.minus(DAY.multipliedBy(1999))));
        assertThat(outbox.find(supersededJustTooOld).orElseThrow().supersededBy()).isEqualTo(itsNewerRow);
        assertThat(outbox.find(supersededButLeased).orElseThrow().supersededBy()).isEqualTo(itsNewerLeasedRow);
        List<Long> all = List.of(sentJustTooOld, sentExactlyAtLimit, sentJustYounger, sentYearsAgo, failedJustTooOld,
                failedExactlyAtLimit, failedOlderThanTheSentLimit, pendingYearsOld, inFlightYearsOld, retryingYearsOld,
                requeuedOldFailure, supersededJustTooOld, itsNewerRow, supersededAtLimit, itsNewerYoungRow,
                supersededButLeased, itsNewerLeasedRow);

        RecordingAudit keptForEverAudit = new RecordingAudit();
        GradeRetention.Purged keptForEver = new GradeRetention(outbox, new RetentionConfig(0, 0, 1825),
                keptForEverAudit, Clock.fixed(NOW, ZoneOffset.UTC)).purge();

        assertThat(keptForEver).isEqualTo(new GradeRetention.Purged(0, 0, 0));
        assertThat(surviving(outbox, all)).containsExactlyElementsOf(all);
        assertThat(keptForEverAudit.events).containsExactly("system grades.retention tool sent=0 (forever); superseded=0 (forever); failed=0 (forever)");

        RecordingAudit audit = new RecordingAudit();
        GradeRetention retention = new GradeRetention(outbox, new RetentionConfig(90, 365, 1825), audit,
                Clock.fixed(NOW, ZoneOffset.UTC));
        GradeRetention.Purged purged = retention.purge();

        assertThat(purged).isEqualTo(new GradeRetention.Purged(2, 1, 1));
        assertThat(surviving(outbox, all)).containsExactly(sentExactlyAtLimit, sentJustYounger, failedExactlyAtLimit,
                failedOlderThanTheSentLimit, pendingYearsOld, inFlightYearsOld, retryingYearsOld, requeuedOldFailure,
                itsNewerRow, supersededAtLimit, itsNewerYoungRow, supersededButLeased, itsNewerLeasedRow);
        assertThat(outbox.find(inFlightYearsOld).orElseThrow().leaseOwner()).isEqualTo("node-a");
        assertThat(outbox.find(retryingYearsOld).orElseThrow().state()).isEqualTo(SyncState.RETRYING);
        assertThat(outbox.find(requeuedOldFailure).orElseThrow().state()).isEqualTo(SyncState.PENDING);
        assertThat(audit.events).containsExactly("system grades.retention tool sent=2 (90d); superseded=1 (90d); failed=1 (365d)");

        GradeRetention.Purged secondNode = retention.purge();

        assertThat(secondNode).as("a second node running the same job").isEqualTo(new GradeRetention.Purged(0, 0, 0));
        assertThat(surviving(outbox, all)).hasSize(13);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Records what the run audits, as the container's audit log would persist it. */
    static final class RecordingAudit extends AuditLog {
        final List<String> events = new ArrayList<>();

        @Override
        public void record(String actor, String action, String target, String detail) {
            events.add(actor + " " + action + " " + target + " " + detail);
        }
    }

    private static List<Long> surviving(JdbcGradeOutbox outbox, List<Long> ids) {
        return ids.stream().filter(id -> outbox.find(id).isPresent()).toList();
    }

    private static long sent(JdbcGradeOutbox outbox, Seed seed, Instant at) {
        long id = outbox.enqueue(submission(seed, at));
        assertThat(outbox.claim(id, "node-a", at, at.plusSeconds(60))).isTrue();
        assertThat(outbox.markSent(id, "node-a", at)).isTrue();
        return id;
    }

    private static long failed(JdbcGradeOutbox outbox, Seed seed, Instant at) {
        long id = outbox.enqueue(submission(seed, at));
        assertThat(outbox.claim(id, "node-a", at, at.plusSeconds(60))).isTrue();
        assertThat(outbox.markFailed(id, "node-a", at, "ags.forbidden", "403")).isTrue();
        return id;
    }

    private static long retrying(JdbcGradeOutbox outbox, Seed seed, Instant at) {
        long id = outbox.enqueue(submission(seed, at));
        assertThat(outbox.claim(id, "node-a", at, at.plusSeconds(60))).isTrue();
        assertThat(outbox.markRetry(id, "node-a", at, at.plusSeconds(30), "ags.timeout", null)).isTrue();
        return id;
    }

    /** A row a dispatcher claimed and never finished: still PENDING, with its lease. */
    private static long inFlight(JdbcGradeOutbox outbox, Seed seed, Instant at) {
        return inFlight(outbox, submission(seed, at));
    }

    private static long inFlight(JdbcGradeOutbox outbox, NewSubmission submission) {
        Instant at = submission.now();
        long id = outbox.enqueue(submission);
        assertThat(outbox.claim(id, "node-a", at, NOW.plusSeconds(60))).isTrue();
        return id;
    }

    /** Each row on its own resource link, so that no row supersedes another. */
    private static NewSubmission submission(Seed seed, Instant at) {
        return new NewSubmission(seed.registrationId(), seed.deploymentPk(), "link-" + LINKS.incrementAndGet(),
                seed.contextPk(), seed.user(), 7, 10, ActivityProgress.Completed, GradingProgress.FullyGraded, null,
                "Quiz", "lessons:q1", null, at);
    }

    /** The same learner and link finishing again at {@code at}: supersedes the unsent {@code earlier}. */
    private static NewSubmission again(NewSubmission earlier, Instant at) {
        return new NewSubmission(earlier.registrationId(), earlier.deploymentPk(), earlier.resourceLinkId(),
                earlier.contextPk(), earlier.userId(), 9, 10, ActivityProgress.Completed, GradingProgress.FullyGraded, null,
                "Quiz", "lessons:q1", null, at);
    }
}
