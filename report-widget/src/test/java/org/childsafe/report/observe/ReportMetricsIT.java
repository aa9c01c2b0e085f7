package org.childsafe.report.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.childsafe.lti.observe.OutboxBacklog;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.cases.infrastructure.ReportPersistence;
import org.childsafe.report.crypto.CaseCrypto;
import org.childsafe.report.notify.MailKind;
import org.childsafe.report.notify.MailOutbox;
import org.childsafe.report.testsupport.MutableClock;
import org.childsafe.report.testsupport.ReportTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The queries behind the report widget's gauges, on H2 and PostgreSQL with the real migrations: cases counted
 * per status over every school, and the e-mail outbox's waiting rows with the creation time of the oldest.
 */
class ReportMetricsIT {

    @RegisterExtension
    static final TestPersistence persistence = TestPersistence.builder()
            .migrations(TestPersistence.LTI_CORE, org.childsafe.report.cases.infrastructure.ReportMigrations.SET)
            .entities(org.childsafe.report.cases.domain.ReportCase.class,
                    org.childsafe.report.cases.domain.ReportMessage.class,
                    org.childsafe.report.cases.domain.ReportAttachment.class,
                    org.childsafe.report.cases.domain.ReportSchoolSettings.class)
            .build();

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    final CaseCrypto crypto = ReportTestData.crypto();
    PersistenceFixture db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void countsCasesPerStatusOverEverySchool(TestDatabase database) {
        db = persistence.open(database, "report_metrics_cases");
        long one = ReportPersistence.newSchool(db);
        long two = ReportPersistence.newSchool(db);
        assertThat(ReportMetrics.countByStatus(db.dataSource())).isEmpty();

        ReportTestData.newCase(db, crypto, one, Priority.HIGH, START, Category.BULLYING);
        ReportTestData.newCase(db, crypto, one, Priority.MEDIUM, START, Category.BULLYING);
        ReportTestData.newCase(db, crypto, two, Priority.MEDIUM, START, Category.BULLYING);

        assertThat(ReportMetrics.countByStatus(db.dataSource())).isEqualTo(Map.of(CaseStatus.NEW, 3L));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void readsTheWaitingMailsAndTheOldestOfThem(TestDatabase database) {
        db = persistence.open(database, "report_metrics_mail");
        MutableClock clock = new MutableClock(START);
        MailOutbox outbox = new MailOutbox(db.dataSource(), clock);
        long school = ReportPersistence.newSchool(db);
        long counselor = ReportPersistence.newUser(db, school);
        ReportTestData.designate(db, school, counselor);
        outbox.saveAddress(school, counselor, "lan@school.example", "vi");
        assertThat(OutboxBacklog.query(db.dataSource(), ReportMetrics.MAIL_SQL)).isEqualTo(OutboxBacklog.EMPTY);

        outbox.queueForSchool(school, MailKind.NEW_CASE);
        clock.advance(Duration.ofMinutes(5));
        outbox.queueForSchool(school, MailKind.OVERDUE);

        assertThat(OutboxBacklog.query(db.dataSource(), ReportMetrics.MAIL_SQL)).isEqualTo(new OutboxBacklog(2, START));
        assertThat(OutboxBacklog.query(db.dataSource(), ReportMetrics.REFERRAL_SQL)).isEqualTo(OutboxBacklog.EMPTY);
    }
}
