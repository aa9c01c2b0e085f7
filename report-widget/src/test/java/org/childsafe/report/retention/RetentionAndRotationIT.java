package org.childsafe.report.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.childsafe.lti.audit.AuditEvent;
import org.childsafe.lti.keys.application.KeyEncryptionKey;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.ClosingReason;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportContent;
import org.childsafe.report.cases.domain.ReportSchoolSettings;
import org.childsafe.report.cases.domain.ReportSource;
import org.childsafe.report.cases.infrastructure.JpaReportCaseRepository;
import org.childsafe.report.cases.infrastructure.JpaReportSchoolSettingsRepository;
import org.childsafe.report.cases.infrastructure.ReportPersistence;
import org.childsafe.report.config.ReportConfig;
import org.childsafe.report.crypto.CaseCrypto;
import org.childsafe.report.crypto.MasterKeyRing;
import org.childsafe.report.guidance.SchoolPolicies;
import org.childsafe.report.intake.Receipt;
import org.childsafe.report.intake.ReportDraft;
import org.childsafe.report.intake.ReportServices;
import org.childsafe.report.keys.MasterKeyRotationService;
import org.childsafe.lti.registration.application.School;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retention deletes exactly the closed cases past the school's period, with an audit record each; master-key
 * rotation re-wraps every data key so that cases open with the new key alone. On H2 and PostgreSQL.
 */
class RetentionAndRotationIT {

    @RegisterExtension
    static final TestPersistence persistence = ReportPersistence.extension();

    /** One master key for the whole class: its tests share a database. */
    private static final ReportServices services = new ReportServices();

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void retentionDeletesOnlyClosedCasesPastTheSchoolsPeriodAndAuditsThem(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long school = ReportPersistence.newSchool(db);
        long other = ReportPersistence.newSchool(db);
        db.inTransaction(em -> {
            ReportSchoolSettings settings = new ReportSchoolSettings(school, ReportServices.NOW);
            settings.policies(null, 6, null, ReportServices.NOW);
            new JpaReportSchoolSettingsRepository(em).save(settings);
        });
        Receipt oldClosed = submit(db, school);
        Receipt recentClosed = submit(db, school);
        Receipt open = submit(db, school);
        Receipt otherSchoolOldClosed = submit(db, other);
        close(db, school, oldClosed, ReportServices.NOW.minusSeconds(200L * 24 * 3600));
        close(db, school, recentClosed, ReportServices.NOW.minusSeconds(30L * 24 * 3600));
        close(db, other, otherSchoolOldClosed, ReportServices.NOW.minusSeconds(200L * 24 * 3600));

        int deleted = db.fromTransaction(em -> retention(em).purge(school));

        assertThat(deleted).isEqualTo(1);
        db.inTransaction(em -> {
            JpaReportCaseRepository cases = new JpaReportCaseRepository(em);
            assertThat(cases.findByCode(school, oldClosed.code())).isEmpty();
            assertThat(cases.findByCode(school, recentClosed.code())).isPresent();
            assertThat(cases.findByCode(school, open.code())).isPresent();
            assertThat(cases.findByCode(other, otherSchoolOldClosed.code())).as("24 months by default").isPresent();
            List<AuditEvent> audit = em.createQuery("select e from AuditEvent e where e.action = 'report.deleted-by-retention'"
                    + " and e.target like :t", AuditEvent.class).setParameter("t", "deployment:" + school + "/%").getResultList();
            assertThat(audit).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo("system");
                assertThat(e.detail()).contains(oldClosed.code().value()).contains("months=6");
            });
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void rotationRewrapsEveryCaseSoTheNewKeyAloneOpensThem(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long school = ReportPersistence.newSchool(db);
        Receipt first = submit(db, school);
        Receipt second = submit(db, school);
        KeyEncryptionKey newKey = key();
        MasterKeyRing during = new MasterKeyRing(newKey, List.of(services.masterKey()));
        CaseCrypto rotating = new CaseCrypto(during);

        int rewrapped = db.fromTransaction(em -> new MasterKeyRotationService(new JpaReportCaseRepository(em), rotating,
                ReportServices.audit(em)).rewrapBatch());
        long remaining = db.fromTransaction(em -> new MasterKeyRotationService(new JpaReportCaseRepository(em), rotating,
                ReportServices.audit(em)).remaining());

        assertThat(rewrapped).isGreaterThanOrEqualTo(2);
        assertThat(remaining).isZero();
        CaseCrypto newOnly = new CaseCrypto(new MasterKeyRing(newKey, List.of()));
        db.inTransaction(em -> {
            for (Receipt r : List.of(first, second)) {
                ReportCase c = new JpaReportCaseRepository(em).findByCode(school, r.code()).orElseThrow();
                assertThat(c.masterKeyId()).isEqualTo(newKey.id());
                assertThat(ReportContent.fromJson(newOnly.openContent(c)).whatHappened()).isEqualTo("retention test");
            }
        });
    }

    private Receipt submit(PersistenceFixture db, long school) {
        return db.fromTransaction(em -> services.intake(em).submit(
                new School(school, 1, "https://lms.example.edu", "dep-1", null, "p" + school),
                new ReportDraft(Set.of(Category.BULLYING), "retention test", null, null, null, null, null, null, false,
                        null, null, "vi"), List.of(), null, ReportSource.PUBLIC_PAGE));
    }

    private static void close(PersistenceFixture db, long school, Receipt receipt, Instant at) {
        db.inTransaction(em -> new JpaReportCaseRepository(em).findByCode(school, receipt.code()).orElseThrow()
                .changeStatus(CaseStatus.CLOSED, ClosingReason.RESOLVED, at));
    }

    private static RetentionService retention(jakarta.persistence.EntityManager em) {
        return new RetentionService(new JpaReportCaseRepository(em),
                new SchoolPolicies(ReportConfig.defaults(), new JpaReportSchoolSettingsRepository(em)),
                ReportServices.audit(em), Clock.fixed(ReportServices.NOW, ZoneOffset.UTC));
    }

    private static KeyEncryptionKey key() {
        byte[] raw = new byte[32];
        new java.security.SecureRandom().nextBytes(raw);
        return KeyEncryptionKey.of(raw);
    }
}
