package org.childsafe.report.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.childsafe.lti.audit.TestAuditLogs;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.infrastructure.ReportPersistence;
import org.childsafe.report.crypto.CaseCrypto;
import org.childsafe.report.referral.application.Backoff;
import org.childsafe.report.testsupport.MutableClock;
import org.childsafe.report.testsupport.ReportTestData;
import org.childsafe.report.triage.application.TriageConfig;
import org.childsafe.report.triage.domain.CaseEvent;
import org.childsafe.report.triage.domain.CaseNote;
import org.childsafe.report.triage.domain.CaseTriage;
import org.childsafe.report.triage.domain.DuePolicy;
import org.childsafe.report.triage.infrastructure.JpaTriageRecords;
import org.childsafe.report.triage.infrastructure.TriageWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Notifications end to end on H2 and PostgreSQL with a real SMTP server (GreenMail): a new case queues one mail per
 * counselor address once (however often the watch runs), the mail carries no case content, an SMTP outage delays
 * mail without losing it, overdue cases alert once, and addresses of people who are no longer counselors get
 * nothing.
 */
class NotificationMailIT {

    @RegisterExtension
    static final TestPersistence persistence = TestPersistence.builder()
            .migrations(TestPersistence.LTI_CORE, org.childsafe.report.cases.infrastructure.ReportMigrations.SET)
            .entities(org.childsafe.report.cases.domain.ReportCase.class,
                    org.childsafe.report.cases.domain.ReportMessage.class,
                    org.childsafe.report.cases.domain.ReportAttachment.class,
                    org.childsafe.report.cases.domain.ReportSchoolSettings.class,
                    CaseTriage.class, CaseEvent.class, CaseNote.class)
            .build();

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final String LINK = "https://childsafe.school.example/w/report/triage/queue.xhtml";

    final MutableClock clock = new MutableClock(START);
    final CaseCrypto crypto = ReportTestData.crypto();
    final int smtpPort = reservePort();
    final ServerSetup smtp = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    GreenMail greenMail = new GreenMail(smtp).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    PersistenceFixture db;
    MailOutbox outbox;

    @AfterEach
    void close() {
        greenMail.stop();
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aNewCaseMailsEachCounselorOnceWithoutAnyCaseContent(TestDatabase database) throws Exception {
        long school = school(database);
        counselor(school, "lan@school.example", "vi");
        counselor(school, "minh@school.example", "en");
        ReportCase reportCase = ReportTestData.newCase(db, crypto, school, Priority.HIGH, START, Category.MALICIOUS_GROUP);

        assertThat(watch(w -> w.seeNewCases())).isOne();
        assertThat(watch(w -> w.seeNewCases())).as("a case is seen once").isZero();
        greenMail.start();
        assertThat(dispatcher(5).dispatchDue(10)).isEqualTo(2);

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage vi = received[0].getAllRecipients()[0].toString().startsWith("lan") ? received[0] : received[1];
        MimeMessage en = vi == received[0] ? received[1] : received[0];
        assertThat(vi.getSubject()).isEqualTo("[ChildSafe] Có báo cáo mới đang chờ");
        assertThat(en.getSubject()).isEqualTo("[ChildSafe] A new report is waiting");
        for (MimeMessage mail : received) {
            String body = GreenMailUtil.getBody(mail);
            String decoded = mail.getContent().toString();
            assertThat(decoded).contains(LINK).contains("THCS Example");
            assertThat(body + decoded + mail.getSubject()).doesNotContain(reportCase.code().value())
                    .doesNotContain("SECRET-GROUP-77").doesNotContain("Telegram").doesNotContain("MALICIOUS")
                    .doesNotContain("HIGH").doesNotContain("Nhóm độc hại");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void anSmtpOutageDelaysMailAndLosesNone(TestDatabase database) throws Exception {
        long school = school(database);
        counselor(school, "lan@school.example", "vi");
        ReportTestData.newCase(db, crypto, school, Priority.MEDIUM, START, Category.BULLYING);
        watch(w -> w.seeNewCases());
        MailDispatcher dispatcher = dispatcher(5);

        assertThat(dispatcher.dispatchDue(10)).as("the SMTP server is down").isZero();
        assertThat(outbox.count("PENDING")).isOne();
        assertThat(dispatcher.dispatchDue(10)).as("not due again before the backoff").isZero();

        greenMail.start();
        clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.dispatchDue(10)).isOne();

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(outbox.count("PENDING")).isZero();
        assertThat(outbox.count("SENT")).isOne();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void anOverdueCaseAlertsOnceAndAFirstResponseStopsTheClock(TestDatabase database) throws Exception {
        long school = school(database);
        counselor(school, "lan@school.example", "en");
        ReportTestData.newCase(db, crypto, school, Priority.LIFE_SAFETY, START, Category.SELF_HARM);
        ReportCase answered = ReportTestData.newCase(db, crypto, school, Priority.LIFE_SAFETY, START, Category.THREATS);
        watch(w -> w.seeNewCases());
        db.inTransaction(em -> em.find(CaseTriage.class, answered.id()).responded(START.plusSeconds(600)));

        assertThat(watch(w -> w.alertOverdue())).as("not yet due").isZero();
        clock.advance(Duration.ofMinutes(61));
        assertThat(watch(w -> w.alertOverdue())).isOne();
        assertThat(watch(w -> w.alertOverdue())).as("one alert per case").isZero();

        greenMail.start();
        dispatcher(5).dispatchDue(10);
        assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsOnly("[ChildSafe] A new report is waiting", "[ChildSafe] A report has waited past its due time")
                .filteredOn(s -> s.contains("due time")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void someoneWhoIsNoLongerACounselorGetsNothing(TestDatabase database) {
        long school = school(database);
        long former = ReportPersistence.newUser(db, school);
        outbox.saveAddress(school, former, "former@school.example", "vi");
        ReportTestData.newCase(db, crypto, school, Priority.LOW, START, Category.OTHER);

        watch(w -> w.seeNewCases());

        assertThat(outbox.count("PENDING")).isZero();
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    private long school(TestDatabase database) {
        db = persistence.open(database, "notification_mail");
        outbox = new MailOutbox(db.dataSource(), clock);
        return ReportPersistence.newSchool(db);
    }

    private long counselor(long school, String email, String locale) {
        long user = ReportPersistence.newUser(db, school);
        ReportTestData.designate(db, school, user);
        outbox.saveAddress(school, user, email, locale);
        return user;
    }

    private int watch(java.util.function.ToIntFunction<TriageWatch> call) {
        return db.fromTransaction(em -> call.applyAsInt(new TriageWatch(new JpaTriageRecords(em), outbox,
                new TriageConfig(DuePolicy.defaults(), Optional.empty()), TestAuditLogs.on(em, clock), clock)));
    }

    private MailDispatcher dispatcher(int maxAttempts) {
        SmtpMailSender sender = new SmtpMailSender(SmtpMailSender.properties("127.0.0.1", smtpPort, false, 2000),
                "childsafe@school.example", Optional.empty(), Optional.empty());
        return new MailDispatcher(outbox, sender, new Backoff(Duration.ofSeconds(30), Duration.ofHours(1),
                new SplittableRandom(3)), maxAttempts, LINK, clock);
    }

    private static int reservePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
