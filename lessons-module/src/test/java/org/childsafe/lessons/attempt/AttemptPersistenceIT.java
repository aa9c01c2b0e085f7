package org.childsafe.lessons.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonPackTestData;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The lessons schema (migration set {@code lessons}, after the LTI core) on H2 and PostgreSQL: the entities
 * validate against it, attempts and answers round-trip through {@link JpaAttemptRepository}, and the database
 * itself refuses impossible scores and forgets a learner's attempts with the learner.
 */
class AttemptPersistenceIT {

    @RegisterExtension
    static final TestPersistence persistence = TestPersistence.builder()
            .migrations(TestPersistence.LTI_CORE, LessonsMigrations.SET)
            .entities(LessonAttempt.class, LessonAnswer.class)
            .build();

    private static final AtomicInteger KEYS = new AtomicInteger();
    private static final Instant NOW = Instant.parse("2026-11-29T06:00:00Z");

    private final Lesson lesson = LessonPackTestData.strongPasswords();

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void storesProgressThenACompletedAttemptWithItsAnswers(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        long[] school = seedSchoolAndLearner(db.dataSource());
        long deployment = school[0];
        long user = school[1];

        long id = db.fromTransaction(em -> new JpaAttemptRepository(em).save(new LessonAttempt(deployment, user, null,
                "link-1", lesson.id(), "fixture-pack", "2026.11.0", NOW))).id();
        AttemptProgress progress = new AttemptProgress();
        progress.moveTo(4);
        progress.answer("q1", List.of("b"));
        progress.answer("q2", List.of("a"));
        db.inTransaction(em -> {
            LessonAttempt attempt = new JpaAttemptRepository(em).find(id).orElseThrow();
            attempt.record(progress, NOW.plusSeconds(60));
        });

        LessonAttempt resumed = db.fromTransaction(em ->
                new JpaAttemptRepository(em).inProgress(deployment, user, lesson.id()).orElseThrow());
        assertThat(resumed.progress().step()).isEqualTo(4);
        assertThat(resumed.progress().answers()).containsEntry("q2", List.of("a"));

        QuizResult result = QuizScoring.score(lesson, progress.answers());
        db.inTransaction(em -> {
            JpaAttemptRepository repository = new JpaAttemptRepository(em);
            LessonAttempt attempt = repository.find(id).orElseThrow();
            attempt.complete(progress, result, NOW.plusSeconds(120));
            repository.saveAnswers(result.questions().stream().map(q -> new LessonAnswer(id, lesson.id(), q)).toList());
        });

        List<LessonAttempt> completed = db.fromTransaction(em ->
                new JpaAttemptRepository(em).completed(deployment, user, lesson.id()));
        assertThat(completed).singleElement().satisfies(a -> {
            assertThat(a.score()).isEqualTo(14.3);
            assertThat(a.completedAt()).isEqualTo(NOW.plusSeconds(120));
        });
        java.util.Optional<LessonAttempt> stillOpen = db.fromTransaction(em ->
                new JpaAttemptRepository(em).inProgress(deployment, user, lesson.id()));
        assertThat(stillOpen).isEmpty();
        List<LessonAnswer> answers = db.fromTransaction(em ->
                new JpaAttemptRepository(em).answersOfCourse(deployment, null, lesson.id()));
        assertThat(answers).extracting(LessonAnswer::questionId, LessonAnswer::answer, LessonAnswer::correct)
                .contains(org.assertj.core.groups.Tuple.tuple("q1", "b", true),
                        org.assertj.core.groups.Tuple.tuple("q2", "a", false),
                        org.assertj.core.groups.Tuple.tuple("q3", "", false));
        List<LessonAttempt> ofCourse = db.fromTransaction(em -> new JpaAttemptRepository(em).ofCourse(deployment, null));
        assertThat(ofCourse).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void theDatabaseRefusesAScoreAbove100(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        long[] school = seedSchoolAndLearner(db.dataSource());

        assertThrows(SQLException.class, () -> execute(db.dataSource(), "INSERT INTO lesson_attempt (deployment_pk, user_id,"
                + " lesson_id, pack_id, pack_version, status, progress, score, started_at, updated_at) VALUES ("
                + school[0] + ", " + school[1] + ", 'x-lesson', 'p', '1.0.0', 'COMPLETED', '', 101, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void deletingALearnerDeletesTheirAttemptsAndAnswers(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        long[] school = seedSchoolAndLearner(db.dataSource());
        long id = db.fromTransaction(em -> new JpaAttemptRepository(em).save(new LessonAttempt(school[0], school[1],
                null, null, lesson.id(), "fixture-pack", "2026.11.0", NOW))).id();
        QuizResult result = QuizScoring.score(lesson, Map.of("q1", List.of("b")));
        db.inTransaction(em -> new JpaAttemptRepository(em).saveAnswers(
                result.questions().stream().map(q -> new LessonAnswer(id, lesson.id(), q)).toList()));

        execute(db.dataSource(), "DELETE FROM lti_user WHERE id = " + school[1]);

        assertThat(count(db.dataSource(), "SELECT COUNT(*) FROM lesson_attempt WHERE id = " + id)).isZero();
        assertThat(count(db.dataSource(), "SELECT COUNT(*) FROM lesson_answer WHERE attempt_id = " + id)).isZero();
    }

    /** A registration, a deployment (school) and a learner; returns {deployment pk, user id}. */
    private static long[] seedSchoolAndLearner(DataSource dataSource) throws SQLException {
        int key = KEYS.incrementAndGet();
        try (Connection connection = dataSource.getConnection()) {
            long registration = insert(connection, "INSERT INTO lti_registration (issuer, client_id, display_name, auth_url,"
                    + " jwks_url, origin, created_at, updated_at) VALUES (?, 'client', 'School LMS', 'https://lms/auth',"
                    + " 'https://lms/jwks', 'MANUAL', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", "https://lms" + key);
            long deployment = insert(connection, "INSERT INTO lti_deployment (registration_id, deployment_id, created_at)"
                    + " VALUES (" + registration + ", ?, CURRENT_TIMESTAMP)", "d" + key);
            long user = insert(connection, "INSERT INTO lti_user (registration_id, subject, created_at, last_launch_at)"
                    + " VALUES (" + registration + ", ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", "learner-" + key);
            return new long[] {deployment, user};
        }
    }

    private static long insert(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            statement.setString(1, parameter);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
