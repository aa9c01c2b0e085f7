package org.childsafe.report.cases.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.report.cases.domain.AffectedPerson;
import org.childsafe.report.cases.domain.Answer;
import org.childsafe.report.cases.domain.CaseCode;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.ClosingReason;
import org.childsafe.report.cases.domain.MessageAuthor;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.cases.domain.ReportAttachment;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportMessage;
import org.childsafe.report.cases.domain.ReportSource;
import org.childsafe.report.cases.domain.SealedContent;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report schema (V1 of {@code db/migration/report}) and the JPA repositories on H2 and PostgreSQL: the
 * entities validate against the migrations, a stored case comes back whole, school A never reads school B's cases,
 * threads or attachments, and the database itself refuses an anonymous case with a user id.
 */
class JpaReportCaseRepositoryIT {

    @RegisterExtension
    static final TestPersistence persistence = ReportPersistence.extension();

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void storesACaseWithThreadAndAttachmentAndReadsItBack(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long school = ReportPersistence.newSchool(db);
        long counselor = ReportPersistence.newUser(db, school);
        ReportCase stored = db.fromTransaction(em -> {
            ReportCase c = new JpaReportCaseRepository(em).save(newCase(school, Set.of(Category.BULLYING,
                    Category.BAD_LINK), null));
            new JpaReportMessageRepository(em).save(ReportMessage.fromReporter(c, new byte[] {1, 2}, NOW));
            new JpaReportMessageRepository(em).save(ReportMessage.fromCounselor(c, counselor, new byte[] {3}, NOW.plusSeconds(60)));
            new JpaReportAttachmentRepository(em).save(
                    new ReportAttachment(c, null, "attachment-1.png", "image/png", 10, new byte[] {9, 9}, NOW));
            return c;
        });

        db.inTransaction(em -> {
            ReportCase read = new JpaReportCaseRepository(em).findByCode(school, stored.code()).orElseThrow();
            assertThat(read.categories()).containsExactlyInAnyOrder(Category.BULLYING, Category.BAD_LINK);
            assertThat(read.status()).isEqualTo(CaseStatus.NEW);
            assertThat(read.anonymous()).isTrue();
            assertThat(read.reporterUserId()).isEmpty();
            assertThat(read.contentEnc()).containsExactly(7, 7, 7);
            List<ReportMessage> thread = new JpaReportMessageRepository(em).thread(school, read.id());
            assertThat(thread).extracting(ReportMessage::author)
                    .containsExactly(MessageAuthor.REPORTER, MessageAuthor.COUNSELOR);
            assertThat(thread.get(0).counselorUserId()).isEmpty();
            assertThat(thread.get(1).counselorUserId()).contains(counselor);
            assertThat(new JpaReportAttachmentRepository(em).findByCase(school, read.id()))
                    .extracting(ReportAttachment::storedName).containsExactly("attachment-1.png");
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aSchoolNeverReadsAnotherSchoolsCases(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long schoolA = ReportPersistence.newSchool(db);
        long schoolB = ReportPersistence.newSchool(db);
        ReportCase ofA = db.fromTransaction(em -> {
            ReportCase c = new JpaReportCaseRepository(em).save(newCase(schoolA, Set.of(Category.THREATS), null));
            new JpaReportMessageRepository(em).save(ReportMessage.fromReporter(c, new byte[] {1}, NOW));
            new JpaReportAttachmentRepository(em).save(
                    new ReportAttachment(c, null, "attachment-1.jpg", "image/jpeg", 5, new byte[] {1}, NOW));
            return c;
        });

        db.inTransaction(em -> {
            JpaReportCaseRepository cases = new JpaReportCaseRepository(em);
            assertThat(cases.find(schoolB, ofA.id())).isEmpty();
            assertThat(cases.findByCode(schoolB, ofA.code())).isEmpty();
            assertThat(cases.list(schoolB, 0, 100)).isEmpty();
            assertThat(cases.count(schoolB)).isZero();
            assertThat(new JpaReportMessageRepository(em).thread(schoolB, ofA.id())).isEmpty();
            JpaReportAttachmentRepository attachments = new JpaReportAttachmentRepository(em);
            assertThat(attachments.findByCase(schoolB, ofA.id())).isEmpty();
            long attachmentId = attachments.findByCase(schoolA, ofA.id()).get(0).id();
            assertThat(attachments.find(schoolB, attachmentId)).isEmpty();
            assertThat(attachments.find(schoolA, attachmentId)).isPresent();
            assertThat(cases.delete(schoolB, ofA.id())).isFalse();
            assertThat(cases.find(schoolA, ofA.id())).isPresent();
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void theDatabaseRefusesAnAnonymousCaseWithAUserId(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        long school = ReportPersistence.newSchool(db);
        long user = ReportPersistence.newUser(db, school);
        ReportCase c = db.fromTransaction(em -> new JpaReportCaseRepository(em).save(newCase(school, Set.of(Category.OTHER), null)));

        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE report_case SET reporter_user_id = ? WHERE id = ?")) {
            update.setLong(1, user);
            update.setLong(2, c.id());
            assertThrows(SQLException.class, update::executeUpdate);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aCaseSharingIdentityKeepsTheReporterUserId(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long school = ReportPersistence.newSchool(db);
        long user = ReportPersistence.newUser(db, school);
        ReportCase c = db.fromTransaction(em -> new JpaReportCaseRepository(em).save(newCase(school, Set.of(Category.OTHER), user)));

        ReportCase read = db.fromTransaction(em -> new JpaReportCaseRepository(em).find(school, c.id()).orElseThrow());

        assertThat(read.anonymous()).isFalse();
        assertThat(read.reporterUserId()).contains(user);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aCommittedCaseIsFoundByAFreshEntityManagerFactory(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long school = ReportPersistence.newSchool(db);
        ReportCase c = db.fromTransaction(em -> new JpaReportCaseRepository(em).save(newCase(school, Set.of(Category.FRAUD_SCAM), null)));

        try (EntityManagerFactory fresh = persistence.createEntityManagerFactory(db.dataSource())) {
            EntityManager em = fresh.createEntityManager();
            try {
                assertThat(new JpaReportCaseRepository(em).findByCode(school, c.code())).isPresent();
            } finally {
                em.close();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void deletingAClosedCaseRemovesItsThreadAndAttachments(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long school = ReportPersistence.newSchool(db);
        ReportCase c = db.fromTransaction(em -> {
            ReportCase saved = new JpaReportCaseRepository(em).save(newCase(school, Set.of(Category.HARASSMENT), null));
            new JpaReportMessageRepository(em).save(ReportMessage.fromReporter(saved, new byte[] {1}, NOW));
            new JpaReportAttachmentRepository(em).save(
                    new ReportAttachment(saved, null, "attachment-1.gif", "image/gif", 5, new byte[] {1}, NOW));
            saved.changeStatus(CaseStatus.CLOSED, ClosingReason.RESOLVED, NOW);
            return saved;
        });

        List<ReportCase> due = db.fromTransaction(em -> new JpaReportCaseRepository(em)
                .findClosedBefore(school, NOW.plus(Duration.ofDays(1)), 10));
        boolean deleted = db.fromTransaction(em -> new JpaReportCaseRepository(em).delete(school, c.id()));

        assertThat(due).extracting(ReportCase::id).containsExactly(c.id());
        assertThat(deleted).isTrue();
        db.inTransaction(em -> {
            assertThat(new JpaReportCaseRepository(em).find(school, c.id())).isEmpty();
            assertThat(new JpaReportMessageRepository(em).thread(school, c.id())).isEmpty();
            assertThat(new JpaReportAttachmentRepository(em).findByCase(school, c.id())).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void theDatabaseRefusesAClosedCaseWithoutReason(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        long school = ReportPersistence.newSchool(db);
        ReportCase c = db.fromTransaction(em -> new JpaReportCaseRepository(em).save(newCase(school, Set.of(Category.OTHER), null)));

        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE report_case SET status = 'CLOSED' WHERE id = ?")) {
            update.setLong(1, c.id());
            assertThrows(SQLException.class, update::executeUpdate);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void caseCodesAreUniqueAcrossSchools(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long schoolA = ReportPersistence.newSchool(db);
        long schoolB = ReportPersistence.newSchool(db);
        ReportCase a = db.fromTransaction(em -> new JpaReportCaseRepository(em).save(newCase(schoolA, Set.of(Category.OTHER), null)));

        boolean exists = db.fromTransaction(em -> new JpaReportCaseRepository(em).codeExists(a.code()));
        assertThat(exists).isTrue();
        assertThrows(PersistenceException.class, () -> db.inTransaction(em -> new JpaReportCaseRepository(em)
                .save(new ReportCase(schoolB, a.code(), "hash", Set.of(Category.OTHER), Priority.MEDIUM, Answer.NO,
                        AffectedPerson.ME, ReportSource.PUBLIC_PAGE, null, sealed(), NOW))));
    }

    static ReportCase newCase(long school, Set<Category> categories, Long reporter) {
        return new ReportCase(school, CaseCode.random(RANDOM), "pbkdf2-sha256$1$x$y", categories,
                Priority.suggestedFor(categories, Answer.DONT_KNOW), Answer.DONT_KNOW, AffectedPerson.FRIEND,
                reporter == null ? ReportSource.PUBLIC_PAGE : ReportSource.LAUNCH, reporter, sealed(), NOW);
    }

    private static SealedContent sealed() {
        return new SealedContent("mk-test", "wrapped-key", new byte[] {7, 7, 7});
    }
}
