package org.childsafe.lti.grades.infrastructure;

import org.childsafe.lti.grades.application.GradeMetrics;
import org.childsafe.lti.observe.OutboxBacklog;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.childsafe.lti.grades.application.GradesConfig;
import org.childsafe.lti.grades.application.OutboxDrain;
import org.childsafe.lti.grades.application.SyncState;
import org.childsafe.lti.grades.domain.LinkEndpoint;
import org.childsafe.lti.grades.domain.NewSubmission;
import org.childsafe.lti.grades.domain.Submission;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.lti.services.ags.ActivityProgress;
import org.childsafe.lti.services.ags.GradingProgress;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The grade outbox on H2 and a real PostgreSQL, as two application instances sharing one database use it: each
 * "instance" is its own {@link JdbcGradeOutbox} and {@link OutboxDrain} with its own owner id and connections.
 * Covers exclusive claiming under concurrency, superseding, lease expiry after a crash, and requeueing.
 */
class JdbcGradeOutboxIT {

    @RegisterExtension
    static final TestPersistence persistence = TestPersistence.ltiCore();

    static final Instant NOW = Instant.parse("2025-09-01T07:45:00.250Z");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void twoDispatchersNeverSendTheSameRowTwice(TestDatabase database) throws Exception {
        PersistenceFixture db = persistence.on(database);
        Seed seed = seed(db);
        int rows = 60;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            ids.add(new JdbcGradeOutbox(db.dataSource()).enqueue(submission(seed, "link-" + i, seed.user(), 5)));
        }
        ConcurrentLinkedQueue<String> sends = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> processed = new ArrayList<>();
            for (String owner : List.of("node-a", "node-b")) {
                OutboxDrain drain = new OutboxDrain(new JdbcGradeOutbox(db.dataSource()),
                        (s, o) -> sends.add(s.id() + "@" + o), config(7), Clock.fixed(NOW, ZoneOffset.UTC), owner,
                        () -> 0.5);
                processed.add(pool.submit(() -> {
                    start.await();
                    return drain.drain();
                }));
            }
            start.countDown();
            int total = processed.get(0).get(60, TimeUnit.SECONDS) + processed.get(1).get(60, TimeUnit.SECONDS);

            assertThat(total).isEqualTo(rows);
        } finally {
            pool.shutdownNow();
        }
        List<Long> sentIds = sends.stream().map(s -> Long.parseLong(s.substring(0, s.indexOf('@')))).toList();
        assertThat(sentIds).hasSize(rows).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        JdbcGradeOutbox outbox = new JdbcGradeOutbox(db.dataSource());
        for (long id : ids) {
            Submission row = outbox.find(id).orElseThrow();
            assertThat(row.state()).isEqualTo(SyncState.SENT);
            assertThat(row.attempts()).isOne();
            assertThat(row.leaseOwner()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void theBacklogGaugeCountsOnlyRowsStillToSend(TestDatabase database) {
        try (PersistenceFixture db = persistence.open(database, "grade_backlog")) {
            Seed seed = seed(db);
            JdbcGradeOutbox outbox = new JdbcGradeOutbox(db.dataSource());
            outbox.enqueue(submission(seed, "link-w", seed.user(), 5));
            long sent = outbox.enqueue(submission(seed, "link-s", seed.user(), 5));
            assertThat(outbox.claim(sent, "node-a", NOW, NOW.plusSeconds(120))).isTrue();
            assertThat(outbox.markSent(sent, "node-a", NOW)).isTrue();
            outbox.enqueue(submission(seed, "link-w", seed.user(), 7));

            assertThat(OutboxBacklog.query(db.dataSource(), GradeMetrics.BACKLOG_SQL))
                    .as("the superseded and the sent row do not wait").isEqualTo(new OutboxBacklog(1, NOW));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aConditionalClaimHasExactlyOneWinner(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        Seed seed = seed(db);
        JdbcGradeOutbox a = new JdbcGradeOutbox(db.dataSource());
        JdbcGradeOutbox b = new JdbcGradeOutbox(db.dataSource());
        long id = a.enqueue(submission(seed, "link-1", seed.user(), 5));

        boolean first = a.claim(id, "node-a", NOW, NOW.plusSeconds(120));
        boolean second = b.claim(id, "node-b", NOW, NOW.plusSeconds(120));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(b.due(NOW, 10)).doesNotContain(id);
        assertThat(a.find(id).orElseThrow().leaseOwner()).isEqualTo("node-a");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aCrashedSendersRowIsTakenOverWhenItsLeaseExpires(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        Seed seed = seed(db);
        JdbcGradeOutbox crashed = new JdbcGradeOutbox(db.dataSource());
        JdbcGradeOutbox survivor = new JdbcGradeOutbox(db.dataSource());
        long id = crashed.enqueue(submission(seed, "link-1", seed.user(), 5));
        assertThat(crashed.claim(id, "node-a", NOW, NOW.plusSeconds(120))).isTrue();
        // node-a dies here: no markSent, no markRetry; the row stays leased.

        boolean tooEarly = survivor.claim(id, "node-b", NOW.plusSeconds(119), NOW.plusSeconds(239));
        boolean afterLease = survivor.claim(id, "node-b", NOW.plusSeconds(120), NOW.plusSeconds(240));
        boolean lateResultOfTheDead = crashed.markSent(id, "node-a", NOW.plusSeconds(121));
        boolean survivorsResult = survivor.markSent(id, "node-b", NOW.plusSeconds(122));

        assertThat(tooEarly).isFalse();
        assertThat(afterLease).isTrue();
        assertThat(lateResultOfTheDead).isFalse();
        assertThat(survivorsResult).isTrue();
        Submission row = survivor.find(id).orElseThrow();
        assertThat(row.state()).isEqualTo(SyncState.SENT);
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.updatedAt()).isEqualTo(NOW.plusSeconds(122));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aNewerSubmissionSupersedesUnsentOnesButNotSentOnesOrOtherLearners(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        Seed seed = seed(db);
        JdbcGradeOutbox outbox = new JdbcGradeOutbox(db.dataSource());
        long sent = outbox.enqueue(submission(seed, "link-1", seed.user(), 3));
        outbox.claim(sent, "node-a", NOW, NOW.plusSeconds(60));
        outbox.markSent(sent, "node-a", NOW);
        long pending = outbox.enqueue(submission(seed, "link-1", seed.user(), 4));
        long failed = outbox.enqueue(submission(seed, "link-1", seed.otherUser(), 2));
        outbox.claim(failed, "node-a", NOW, NOW.plusSeconds(60));
        outbox.markFailed(failed, "node-a", NOW, "ags.forbidden", "403");

        long newest = outbox.enqueue(submission(seed, "link-1", seed.user(), 9));

        assertThat(outbox.find(pending).orElseThrow().supersededBy()).isEqualTo(newest);
        assertThat(outbox.find(sent).orElseThrow().supersededBy()).isNull();
        assertThat(outbox.find(failed).orElseThrow().supersededBy()).isNull();
        assertThat(outbox.due(NOW, 10)).containsExactly(newest);
        assertThat(outbox.latest(seed.deploymentPk(), "link-1", seed.user()).orElseThrow().id()).isEqualTo(newest);
        assertThat(outbox.latestPerUser(seed.deploymentPk(), "link-1")).extracting(Submission::id)
                .containsExactlyInAnyOrder(newest, failed);
        assertThat(outbox.requeue(pending, NOW)).as("superseded rows are not requeued").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void requeueingPutsAFailedRowBackDueNowKeepingItsAttempts(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        Seed seed = seed(db);
        JdbcGradeOutbox outbox = new JdbcGradeOutbox(db.dataSource());
        long id = outbox.enqueue(submission(seed, "link-1", seed.user(), 5));
        outbox.claim(id, "node-a", NOW, NOW.plusSeconds(60));
        outbox.markFailed(id, "node-a", NOW, "ags.user_not_gradable", "422 User not gradable");
        Instant later = NOW.plus(Duration.ofHours(2));

        boolean requeued = outbox.requeue(id, later);
        boolean again = outbox.requeue(id, later);

        assertThat(requeued).isTrue();
        assertThat(again).as("already pending").isFalse();
        Submission row = outbox.find(id).orElseThrow();
        assertThat(row.state()).isEqualTo(SyncState.PENDING);
        assertThat(row.nextAttemptAt()).isEqualTo(later);
        assertThat(row.attempts()).isOne();
        assertThat(outbox.due(later, 10)).containsExactly(id);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void resourceLinksKeepTheLatestAgsClaimPerLink(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        Seed seed = seed(db);
        JdbcResourceLinks links = new JdbcResourceLinks(db.dataSource());

        links.remember(new LinkEndpoint(seed.deploymentPk(), "link-9", seed.contextPk(),
                Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"), "https://lms/lineitems", null, NOW));
        links.remember(new LinkEndpoint(seed.deploymentPk(), "link-9", seed.contextPk(),
                Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/score",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"),
                "https://lms/lineitems", "https://lms/lineitems/4", NOW.plusSeconds(5)));

        LinkEndpoint found = links.find(seed.deploymentPk(), "link-9").orElseThrow();
        assertThat(found.scopes()).hasSize(2);
        assertThat(found.lineItem()).isEqualTo("https://lms/lineitems/4");
        assertThat(found.updatedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(links.find(seed.deploymentPk(), "link-10")).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------

    record Seed(long registrationId, long deploymentPk, long contextPk, long user, long otherUser) {
    }

    private static GradesConfig config(int batch) {
        return new GradesConfig(5, batch, 120, 5, 10, 600);
    }

    private static NewSubmission submission(Seed seed, String link, long userId, double score) {
        return new NewSubmission(seed.registrationId(), seed.deploymentPk(), link, seed.contextPk(), userId, score, 10,
                ActivityProgress.Completed, GradingProgress.FullyGraded, "Giỏi lắm!", "Quiz", "lessons:q1", null, NOW);
    }

    /** A registration, deployment, context and two learners; also the rows {@link GradeRetentionIT} grades. */
    static Seed seed(PersistenceFixture db) {
        try (Connection c = db.dataSource().getConnection()) {
            long registration = insert(c, "INSERT INTO lti_registration (issuer, client_id, display_name, auth_url,"
                    + " jwks_url, origin, created_at, updated_at) VALUES (?, 'c', 'School', 'https://lms/auth',"
                    + " 'https://lms/jwks', 'MANUAL', ?, ?)", "https://" + UUID.randomUUID() + ".example", NOW, NOW);
            long deployment = insert(c, "INSERT INTO lti_deployment (registration_id, deployment_id, created_at)"
                    + " VALUES (?, 'dep-1', ?)", registration, NOW);
            long context = insert(c, "INSERT INTO lti_context (deployment_pk, context_id, created_at) VALUES (?, 'c1', ?)",
                    deployment, NOW);
            long user = insert(c, "INSERT INTO lti_user (registration_id, subject, created_at, last_launch_at)"
                    + " VALUES (?, 'sub-1', ?, ?)", registration, NOW, NOW);
            long other = insert(c, "INSERT INTO lti_user (registration_id, subject, created_at, last_launch_at)"
                    + " VALUES (?, 'sub-2', ?, ?)", registration, NOW, NOW);
            return new Seed(registration, deployment, context, user, other);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i] instanceof Instant t ? t.atOffset(ZoneOffset.UTC) : values[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
