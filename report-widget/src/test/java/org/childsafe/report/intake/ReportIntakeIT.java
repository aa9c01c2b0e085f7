package org.childsafe.report.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.lti.registration.application.School;
import org.childsafe.report.attachments.ImageType;
import org.childsafe.report.cases.domain.AffectedPerson;
import org.childsafe.report.cases.domain.Answer;
import org.childsafe.report.cases.domain.CaseCode;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.MessageAuthor;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.cases.domain.ReportAttachment;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportContent;
import org.childsafe.report.cases.domain.ReportMessage;
import org.childsafe.report.cases.domain.ReportSource;
import org.childsafe.report.cases.infrastructure.JpaReportAttachmentRepository;
import org.childsafe.report.cases.infrastructure.JpaReportCaseRepository;
import org.childsafe.report.cases.infrastructure.JpaReportMessageRepository;
import org.childsafe.report.cases.infrastructure.ReportPersistence;
import org.childsafe.report.receipt.CaseAccessDeniedException;
import org.childsafe.report.receipt.ReporterView;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Submitting and returning to reports against a real database (H2 and PostgreSQL): the receipt names a committed,
 * encrypted case; anonymity holds in the database rows, the audit log, the server log and attachment file names;
 * sexual-abuse reports take no files whatever is posted; the reporter reads counselor replies and writes back
 * with code and passcode only, and never across schools.
 */
class ReportIntakeIT {

    @RegisterExtension
    static final TestPersistence persistence = ReportPersistence.extension();

    private static final String SECRET_TEXT = "Thầy Nguyễn Văn X nhắn tin đe doạ em qua Zalo";
    private static final String REPORTER_IP = "203.0.113.77";
    private static final String CONTACT_NAME = "Trần Thị Bích";

    /** One master key for the whole class: its tests share a database. */
    private static final ReportServices services = new ReportServices();

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void anAnonymousReportLeavesNoTraceOfTheReporterInAnyChannel(TestDatabase database) throws Exception {
        PersistenceFixture db = persistence.on(database);
        long school = ReportPersistence.newSchool(db);
        long reporterUser = ReportPersistence.newUser(db, school);
        ReportDraft draft = new ReportDraft(Set.of(Category.THREATS, Category.BAD_LINK), SECRET_TEXT, "last week",
                "Zalo", "https://evil.example/x\nzalo.me/g/abc", "@threatener", AffectedPerson.ME, Answer.NO,
                false, CONTACT_NAME, "lớp 7A", "vi");
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = capture(logged);

        Receipt receipt;
        try {
            receipt = db.fromTransaction(em -> services.intake(em).submit(school(school), draft,
                    List.of(new Upload(org.childsafe.report.attachments.TestImagesAccess.jpegWithGps())),
                    reporterUser, ReportSource.LAUNCH));
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }

        String rows = rowsOfSchool(db, school);
        assertThat(rows).contains(receipt.code().value()).contains("report.submitted")
                .doesNotContain("sub-")
                .doesNotContain(REPORTER_IP).doesNotContain(CONTACT_NAME).doesNotContain("Zalo")
                .doesNotContain("evil.example").doesNotContain(receipt.passcode())
                .doesNotContain(receipt.passcode().replace("-", ""));
        ReportCase stored = db.fromTransaction(em -> new JpaReportCaseRepository(em).findByCode(school, receipt.code()).orElseThrow());
        assertThat(stored.anonymous()).isTrue();
        assertThat(stored.reporterUserId()).isEmpty();
        ReportContent content = ReportContent.fromJson(services.crypto().openContent(stored));
        assertThat(content.contactName()).as("identity fields are dropped unless shared").isNull();
        assertThat(content.links()).containsExactly("https://evil.example/x", "zalo.me/g/abc");
        assertThat(logged).extracting(LogRecord::getMessage).allSatisfy(message -> assertThat(message)
                .doesNotContain(REPORTER_IP).doesNotContain(CONTACT_NAME).doesNotContain(SECRET_TEXT)
                .doesNotContain(receipt.passcode()).doesNotContain(receipt.code().value()));
        List<ReportAttachment> files = db.fromTransaction(em -> new JpaReportAttachmentRepository(em).findByCase(school, stored.id()));
        assertThat(files).extracting(ReportAttachment::storedName).containsExactly("attachment-1.jpg");
        byte[] image = db.fromTransaction(em -> services.crypto().openAttachment(stored, files.get(0)));
        assertThat(ImageType.sniff(image)).contains(ImageType.JPEG);
        assertThat(new String(image, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
        assertThat(new String(files.get(0).contentEnc(), StandardCharsets.ISO_8859_1)).doesNotContain("JFIF");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aReporterWhoSharesIdentityIsLinkedAndNamed(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long school = ReportPersistence.newSchool(db);
        long reporterUser = ReportPersistence.newUser(db, school);
        ReportDraft draft = new ReportDraft(Set.of(Category.BULLYING), "text", null, null, null, null,
                AffectedPerson.FRIEND, Answer.DONT_KNOW, true, CONTACT_NAME, "7A", "vi");

        Receipt receipt = db.fromTransaction(em -> services.intake(em).submit(school(school), draft, List.of(),
                reporterUser, ReportSource.LAUNCH));

        ReportCase stored = db.fromTransaction(em -> new JpaReportCaseRepository(em).findByCode(school, receipt.code()).orElseThrow());
        assertThat(stored.reporterUserId()).contains(reporterUser);
        assertThat(ReportContent.fromJson(services.crypto().openContent(stored)).contactName()).isEqualTo(CONTACT_NAME);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aSexualAbuseReportRefusesAttachmentsAndStoresNothing(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long school = ReportPersistence.newSchool(db);
        ReportDraft draft = ReportDraft.of(Set.of(Category.SEXUAL_ABUSE, Category.HARASSMENT));

        InvalidReportException e = assertThrows(InvalidReportException.class, () -> db.inTransaction(em ->
                services.intake(em).submit(school(school), draft,
                        List.of(new Upload(org.childsafe.report.attachments.TestImagesAccess.png())), null,
                        ReportSource.PUBLIC_PAGE)));

        assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("report.attachment.not-allowed");
        long count = db.fromTransaction(em -> new JpaReportCaseRepository(em).count(school));
        assertThat(count).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aSexualAbuseReportWithoutFilesIsAcceptedAsHighPriority(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long school = ReportPersistence.newSchool(db);

        Receipt receipt = db.fromTransaction(em -> services.intake(em).submit(school(school),
                ReportDraft.of(Set.of(Category.SEXUAL_ABUSE)), List.of(), null, ReportSource.PUBLIC_PAGE));

        ReportCase stored = db.fromTransaction(em -> new JpaReportCaseRepository(em).findByCode(school, receipt.code()).orElseThrow());
        assertThat(stored.priority()).isEqualTo(Priority.HIGH);
        assertThat(stored.acceptsAttachments()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void theReporterReadsTheCounselorsReplyAndWritesBack(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long school = ReportPersistence.newSchool(db);
        long counselor = ReportPersistence.newUser(db, school);
        Receipt receipt = db.fromTransaction(em -> services.intake(em).submit(school(school),
                ReportDraft.of(Set.of(Category.BULLYING)), List.of(), null, ReportSource.PUBLIC_PAGE));
        db.inTransaction(em -> {
            ReportCase c = new JpaReportCaseRepository(em).findByCode(school, receipt.code()).orElseThrow();
            new JpaReportMessageRepository(em).save(ReportMessage.fromCounselor(c, counselor,
                    services.crypto().sealMessage(c, "Cô đã đọc. Em có an toàn không?".getBytes(StandardCharsets.UTF_8)),
                    ReportServices.NOW));
        });

        ReporterView seen = db.fromTransaction(em -> services.reporter(em).open(school, receipt.code().value().toLowerCase(), receipt.passcode()));
        ReporterView after = db.fromTransaction(em -> services.reporter(em).post(school, receipt.code().value(),
                receipt.passcode(), "Em an toàn, cảm ơn cô."));

        assertThat(seen.thread()).extracting(t -> t.text()).containsExactly("Cô đã đọc. Em có an toàn không?");
        assertThat(seen.thread().get(0).fromCounselor()).isTrue();
        assertThat(after.thread()).extracting(t -> t.author()).containsExactly(MessageAuthor.COUNSELOR, MessageAuthor.REPORTER);
        assertThat(after.thread().get(1).text()).isEqualTo("Em an toàn, cảm ơn cô.");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aWrongPasscodeOrAnotherSchoolOpensNothing(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long schoolA = ReportPersistence.newSchool(db);
        long schoolB = ReportPersistence.newSchool(db);
        Receipt receipt = db.fromTransaction(em -> services.intake(em).submit(school(schoolA),
                ReportDraft.of(Set.of(Category.OTHER)), List.of(), null, ReportSource.PUBLIC_PAGE));

        assertThrows(CaseAccessDeniedException.class, () -> db.inTransaction(em ->
                services.reporter(em).open(schoolA, receipt.code().value(), "AAAA-BBBB-CCCC")));
        assertThrows(CaseAccessDeniedException.class, () -> db.inTransaction(em ->
                services.reporter(em).open(schoolB, receipt.code().value(), receipt.passcode())));
        assertThrows(CaseAccessDeniedException.class, () -> db.inTransaction(em ->
                services.reporter(em).open(schoolA, "not a code", receipt.passcode())));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void everyAcknowledgedReportIsFoundAfterARestart(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long school = ReportPersistence.newSchool(db);
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            receipts.add(db.fromTransaction(em -> services.intake(em).submit(school(school),
                    new ReportDraft(Set.of(Category.FRAUD_SCAM), "report " + receipts.size(), null, null, null, null,
                            null, null, false, null, null, "en"), List.of(), null, ReportSource.PUBLIC_PAGE)));
        }

        try (EntityManagerFactory restarted = persistence.createEntityManagerFactory(db.dataSource())) {
            EntityManager em = restarted.createEntityManager();
            try {
                for (Receipt receipt : receipts) {
                    ReportCase c = new JpaReportCaseRepository(em).findByCode(school, receipt.code()).orElseThrow();
                    assertThat(ReportContent.fromJson(services.crypto().openContent(c)).whatHappened()).startsWith("report ");
                }
            } finally {
                em.close();
            }
        }
    }

    private static School school(long deploymentPk) {
        return new School(deploymentPk, 1, "https://lms.example.edu", "dep-1", "THCS Example", "p" + deploymentPk);
    }

    private static Handler capture(List<LogRecord> records) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        Logger.getLogger("org.childsafe").setLevel(Level.ALL);
        return handler;
    }

    /**
     * Every report_* and audit_event row of one school as text, to search for what must not be stored. Id columns
     * are left out (numbers would match by accident); the reporter user id column is checked to be empty.
     */
    private static String rowsOfSchool(PersistenceFixture db, long school) throws SQLException {
        StringBuilder out = new StringBuilder();
        String cases = "(SELECT id FROM report_case WHERE deployment_pk = " + school + ")";
        List<String> queries = List.of(
                "SELECT * FROM report_case WHERE deployment_pk = " + school,
                "SELECT * FROM report_case_category WHERE case_id IN " + cases,
                "SELECT * FROM report_message WHERE deployment_pk = " + school,
                "SELECT * FROM report_attachment WHERE deployment_pk = " + school,
                "SELECT * FROM audit_event WHERE target LIKE 'deployment:" + school + "/%'");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String query : queries) {
                try (ResultSet rs = s.executeQuery(query)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String name = rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT);
                            Object value = rs.getObject(i);
                            if (name.equals("reporter_user_id") || name.equals("counselor_user_id")) {
                                assertThat(value).as(name).isNull();
                            }
                            if (name.equals("id") || name.endsWith("_id") || name.endsWith("_pk")) {
                                continue;
                            }
                            out.append(value instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : value).append(',');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
