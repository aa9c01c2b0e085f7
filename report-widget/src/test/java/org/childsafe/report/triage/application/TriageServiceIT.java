package org.childsafe.report.triage.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.childsafe.lti.audit.AuditEvent;
import org.childsafe.lti.audit.TestAuditLogs;
import org.childsafe.lti.keys.application.KeyCipher;
import org.childsafe.lti.keys.application.KeyEncryptionKey;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.lti.registration.application.SchoolDirectory;
import org.childsafe.lti.registration.infrastructure.JpaRegistrationRepository;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.infrastructure.JpaPeople;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.ClosingReason;
import org.childsafe.report.cases.domain.MessageAuthor;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportMessage;
import org.childsafe.report.cases.infrastructure.JpaReportCaseRepository;
import org.childsafe.report.cases.infrastructure.JpaReportMessageRepository;
import org.childsafe.report.cases.infrastructure.ReportMigrations;
import org.childsafe.report.cases.infrastructure.ReportPersistence;
import org.childsafe.report.crypto.CaseCrypto;
import org.childsafe.report.referral.application.ReferralOutbox;
import org.childsafe.report.referral.application.ReferralQueued;
import org.childsafe.report.referral.domain.AgeBand;
import org.childsafe.report.referral.domain.DeliveryState;
import org.childsafe.report.referral.domain.LegalBasis;
import org.childsafe.report.referral.infrastructure.JdbcReferralOutbox;
import org.childsafe.report.testsupport.MutableClock;
import org.childsafe.report.testsupport.ReportTestData;
import org.childsafe.report.triage.domain.CaseEvent;
import org.childsafe.report.triage.domain.CaseEventKind;
import org.childsafe.report.triage.domain.CaseNote;
import org.childsafe.report.triage.domain.CaseTriage;
import org.childsafe.report.triage.domain.DuePolicy;
import org.childsafe.report.triage.domain.QueueFilter;
import org.childsafe.report.triage.domain.TransitionNotAllowedException;
import org.childsafe.report.triage.domain.TriageException;
import org.childsafe.report.triage.infrastructure.JpaTriageRecords;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Triage use cases on H2 and PostgreSQL with the real repositories, crypto and outbox: who may triage, tenant
 * isolation, the state machine applied, reasons for core edits, encrypted notes, replies the reporter can read,
 * escalation into the outbox with a minimised payload, identity only with a legal basis, and merging duplicates.
 * Every change leaves a chronology entry and an audit event.
 */
class TriageServiceIT {

    @RegisterExtension
    static final TestPersistence persistence = TestPersistence.builder()
            .migrations(TestPersistence.LTI_CORE, ReportMigrations.SET)
            .entities(ReportCase.class, ReportMessage.class,
                    org.childsafe.report.cases.domain.ReportAttachment.class,
                    org.childsafe.report.cases.domain.ReportSchoolSettings.class,
                    CaseTriage.class, CaseEvent.class, CaseNote.class)
            .build();

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final CaseCrypto crypto = ReportTestData.crypto();
    final KeyCipher cipher = new KeyCipher(KeyEncryptionKey.of(new SecureRandom().generateSeed(32)));
    final List<ReferralQueued> queued = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void onlyCounselorsOfTheSchoolGetIn(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        School a = school(db);
        School b = school(db);
        ReportCase ofA = ReportTestData.newCase(db, crypto, a.id, Priority.HIGH, START, Category.BULLYING);

        assertThrows(TriageAccessDeniedException.class, () -> inTx(db, s -> s.queue(a.learner, QueueFilter.open())));
        assertThrows(TriageAccessDeniedException.class, () -> inTx(db, s -> s.open(a.learner, ofA.id())));
        assertThrows(TriageAccessDeniedException.class, () -> inTx(db, s -> s.open(null, ofA.id())));
        assertThrows(CaseNotFoundException.class, () -> inTx(db, s -> s.open(b.counselor, ofA.id())));
        List<QueueRow> queueOfB = inTx(db, s -> s.queue(b.counselor, QueueFilter.open()));
        List<QueueRow> queueOfA = inTx(db, s -> s.queue(a.counselor, QueueFilter.open()));
        assertThat(queueOfB).isEmpty();
        assertThat(queueOfA).extracting(QueueRow::caseId).containsExactly(ofA.id());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void acknowledgingIsAFirstResponseAndIsRecorded(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        School a = school(db);
        ReportCase c = ReportTestData.newCase(db, crypto, a.id, Priority.LIFE_SAFETY, START, Category.SELF_HARM);
        clock.advance(Duration.ofMinutes(5));

        inTx(db, s -> {
            s.acknowledge(a.counselor, c.id());
            return null;
        });

        CaseFile file = inTx(db, s -> s.open(a.counselor, c.id()));
        assertThat(file.row().status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
        assertThat(file.row().overdue()).isFalse();
        assertThat(file.content().whatHappened()).isEqualTo(ReportTestData.SECRET_WORDS);
        assertThat(file.content().links()).containsExactly("https://t.me/secret_group_77");
        assertThat(file.events()).extracting(CaseFile.Event::kind).containsExactly(CaseEventKind.STATUS_CHANGED);
        assertThat(file.events().get(0).detail()).isEqualTo("NEW→ACKNOWLEDGED");
        Optional<Instant> firstResponse = db.fromTransaction(em -> em.find(CaseTriage.class, c.id()).firstResponseAt());
        assertThat(firstResponse).contains(START.plus(Duration.ofMinutes(5)));
        assertThat(audit(db, c.id())).extracting(AuditEvent::action).contains("report.case.status", "report.case.view");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void theStateMachineAndReasonsAreEnforced(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        School a = school(db);
        ReportCase c = ReportTestData.newCase(db, crypto, a.id, Priority.MEDIUM, START, Category.FRAUD_SCAM);

        TriageException noReason = assertThrows(TriageException.class,
                () -> inTx(db, s -> run(() -> s.changePriority(a.counselor, c.id(), Priority.LOW, " "))));
        TransitionNotAllowedException bare = assertThrows(TransitionNotAllowedException.class,
                () -> inTx(db, s -> run(() -> s.changeStatus(a.counselor, c.id(), CaseStatus.ESCALATED, null, null))));
        inTx(db, s -> run(() -> s.changePriority(a.counselor, c.id(), Priority.LOW, "Scam attempt, nobody hurt")));
        inTx(db, s -> run(() -> s.changeStatus(a.counselor, c.id(), CaseStatus.CLOSED, ClosingReason.NO_ACTION_NEEDED, null)));
        TriageException reopenWithoutReason = assertThrows(TriageException.class,
                () -> inTx(db, s -> run(() -> s.changeStatus(a.counselor, c.id(), CaseStatus.IN_PROGRESS, null, null))));

        assertThat(noReason.code()).isEqualTo("triage.reason_required");
        assertThat(bare.code()).isEqualTo("triage.escalate_with_referral");
        assertThat(reopenWithoutReason.code()).isEqualTo("triage.reason_required");
        CaseFile file = inTx(db, s -> s.open(a.counselor, c.id()));
        assertThat(file.row().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(file.row().priority()).isEqualTo(Priority.LOW);
        assertThat(file.events()).extracting(CaseFile.Event::reason).contains("Scam attempt, nobody hurt");
        assertThat(audit(db, c.id())).extracting(AuditEvent::detail).anyMatch(d -> d.contains("reason: Scam attempt"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void notesAreEncryptedAndRepliesReachTheReporterThread(TestDatabase database) throws Exception {
        PersistenceFixture db = persistence.on(database);
        School a = school(db);
        ReportCase c = ReportTestData.newCase(db, crypto, a.id, Priority.HIGH, START, Category.HARASSMENT);

        inTx(db, s -> run(() -> s.addNote(a.counselor, c.id(), "Called the class teacher NOTE-SECRET-1")));
        inTx(db, s -> run(() -> s.reply(a.counselor, c.id(), "Cảm ơn em đã báo cáo. Cô sẽ giúp em.")));

        try (Connection connection = db.dataSource().getConnection(); PreparedStatement ps = connection.prepareStatement(
                "SELECT body_enc FROM report_case_note WHERE case_id = ?")) {
            ps.setLong(1, c.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).doesNotContain("NOTE-SECRET-1");
            }
        }
        List<ReportMessage> thread = db.fromTransaction(em -> new JpaReportMessageRepository(em).thread(a.id, c.id()));
        assertThat(thread).singleElement().satisfies(m -> {
            assertThat(m.author()).isEqualTo(MessageAuthor.COUNSELOR);
            assertThat(new String(crypto.openMessage(c, m), StandardCharsets.UTF_8)).isEqualTo("Cảm ơn em đã báo cáo. Cô sẽ giúp em.");
        });
        CaseFile file = inTx(db, s -> s.open(a.counselor, c.id()));
        assertThat(file.notes()).extracting(CaseFile.Note::body).containsExactly("Called the class teacher NOTE-SECRET-1");
        assertThat(file.messages()).extracting(CaseFile.Message::author).containsExactly(MessageAuthor.COUNSELOR);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void escalatingQueuesAMinimisedReferralWithTheCase(TestDatabase database) throws Exception {
        PersistenceFixture db = persistence.on(database);
        School a = school(db);
        ReportCase c = ReportTestData.newCase(db, crypto, a.id, Priority.HIGH, START, Category.MALICIOUS_GROUP, Category.HARASSMENT);

        ReferralOutbox.Enqueued referral = inTx(db, s -> s.escalate(a.counselor, c.id(), request(null)));

        CaseFile file = inTx(db, s -> s.open(a.counselor, c.id()));
        assertThat(file.row().status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(file.referrals()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(r.identityIncluded()).isFalse();
            assertThat(r.caseReference()).startsWith("CSR-").isEqualTo(referral.caseReference());
        });
        assertThat(queued).extracting(ReferralQueued::referralId).containsExactly(referral.id());
        Map<String, Object> payload = claimedPayload(db);
        String json = JSONObjectUtils.toJSONString(payload);
        assertThat(json).doesNotContain(c.code().value()).doesNotContain("SECRET-GROUP-77").doesNotContain("sub-")
                .contains("\"categories\":[\"HARASSMENT\",\"MALICIOUS_GROUP\"]").contains("\"risk\":\"HIGH\"")
                .contains("\"school\":{\"name\":\"THCS Example\",\"province\":\"Hà Nội\"}");
        assertThat(payload).doesNotContainKey("child");
        assertThat(file.events()).extracting(CaseFile.Event::kind).contains(CaseEventKind.ESCALATED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void theChildIdentityTravelsOnlyWithALegalBasisWhichIsAudited(TestDatabase database) throws Exception {
        PersistenceFixture db = persistence.on(database);
        School a = school(db);
        ReportCase c = ReportTestData.newCase(db, crypto, a.id, Priority.LIFE_SAFETY, START, Category.SELF_HARM);

        inTx(db, s -> s.escalate(a.counselor, c.id(), request(LegalBasis.EMERGENCY)));

        Map<String, Object> payload = claimedPayload(db);
        assertThat(payload.get("child")).isEqualTo(Map.of("name", "Trần Văn B", "class", "8A", "legal_basis", "EMERGENCY"));
        assertThat(audit(db, c.id())).filteredOn(e -> e.action().equals("report.case.escalate"))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("identity shared: EMERGENCY"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void mergingClosesTheDuplicateAndLinksBothChronologies(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        School a = school(db);
        ReportCase kept = ReportTestData.newCase(db, crypto, a.id, Priority.HIGH, START, Category.BULLYING);
        ReportCase duplicate = ReportTestData.newCase(db, crypto, a.id, Priority.HIGH, START.plusSeconds(60), Category.BULLYING);

        inTx(db, s -> run(() -> s.merge(a.counselor, duplicate.id(), kept.id(), "Same group, same day")));

        CaseFile dup = inTx(db, s -> s.open(a.counselor, duplicate.id()));
        CaseFile into = inTx(db, s -> s.open(a.counselor, kept.id()));
        assertThat(dup.row().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(dup.mergedInto()).isEqualTo(kept.code().value());
        assertThat(dup.events()).extracting(CaseFile.Event::kind).contains(CaseEventKind.MERGED_INTO);
        assertThat(into.events()).extracting(CaseFile.Event::kind).contains(CaseEventKind.MERGED_FROM);
        Optional<ClosingReason> closing = db.fromTransaction(em -> em.find(ReportCase.class, duplicate.id()).closingReason());
        assertThat(closing).contains(ClosingReason.DUPLICATE);
        TriageException self = assertThrows(TriageException.class,
                () -> inTx(db, s -> run(() -> s.merge(a.counselor, kept.id(), duplicate.id(), "Closed target"))));
        assertThat(self.code()).isEqualTo("triage.merge_target_invalid");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void statisticsCountWithoutContentAndOnlyForTheSchoolsCounselorsAndAdministrators(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        School a = school(db);
        ReportCase first = ReportTestData.newCase(db, crypto, a.id, Priority.HIGH, START, Category.BULLYING, Category.THREATS);
        ReportTestData.newCase(db, crypto, a.id, Priority.LOW, START.plus(Duration.ofDays(40)), Category.BULLYING);
        clock.advance(Duration.ofHours(3));
        inTx(db, s -> run(() -> s.acknowledge(a.counselor, first.id())));

        Statistics stats = db.fromTransaction(em -> new StatisticsService(em).of(a.counselor));

        assertThat(stats.total()).isEqualTo(2);
        assertThat(stats.byCategory()).containsEntry("BULLYING", 2L).containsEntry("THREATS", 1L).containsEntry("OTHER", 0L);
        assertThat(stats.byStatus()).containsEntry("ACKNOWLEDGED", 1L).containsEntry("NEW", 1L);
        assertThat(stats.byMonth()).containsExactly(Map.entry("2026-03", 1L), Map.entry("2026-04", 1L));
        assertThat(stats.medianFirstResponseHours()).isEqualTo(3L);
        assertThrows(TriageAccessDeniedException.class,
                () -> db.fromTransaction(em -> new StatisticsService(em).of(a.learner)));
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    private EscalationRequest request(LegalBasis basis) {
        return new EscalationRequest("A group shares edited photos of a student and threatens to post more.",
                List.of("https://t.me/example_group"), List.of("@example_admin"), List.of("Telegram"), null, null, true,
                "Hà Nội", AgeBand.LOWER_SECONDARY, true, "Nguyễn Thị Lan", "lan@school.example", null, basis,
                basis == null ? null : "Trần Văn B", basis == null ? null : "8A");
    }

    private Map<String, Object> claimedPayload(PersistenceFixture db) {
        JdbcReferralOutbox outbox = new JdbcReferralOutbox(db.dataSource(), cipher, clock);
        var claimed = outbox.claimDue("test", Duration.ofMinutes(5), 100);
        assertThat(claimed).hasSize(1);
        outbox.recordFailed(claimed.get(0).id(), "test", 1,
                org.childsafe.report.referral.application.DeliveryOutcome.failed(0, "test"), START, true);
        return claimed.get(0).referral();
    }

    private List<AuditEvent> audit(PersistenceFixture db, long caseId) {
        return db.fromTransaction(em -> em.createQuery("select e from AuditEvent e where e.target like :t", AuditEvent.class)
                .setParameter("t", "%/report-case:" + caseId).getResultList());
    }

    private <T> T inTx(PersistenceFixture db, Function<TriageService, T> work) {
        return db.fromTransaction(em -> {
            TriageService service = new TriageService();
            service.cases = new JpaReportCaseRepository(em);
            service.messages = new JpaReportMessageRepository(em);
            service.records = new JpaTriageRecords(em);
            service.crypto = crypto;
            service.cipher = cipher;
            service.referrals = new JdbcReferralOutbox(db.dataSource(), cipher, clock);
            service.people = new JpaPeople(em);
            service.schools = new SchoolDirectory(new JpaRegistrationRepository(em));
            service.audit = TestAuditLogs.on(em, clock);
            service.config = new TriageConfig(DuePolicy.defaults(), Optional.of("Hà Nội"));
            service.referralQueued = new RecordingEvent();
            service.clock = clock;
            return work.apply(service);
        });
    }

    private static Void run(Runnable action) {
        action.run();
        return null;
    }

    /** A school with a designated counselor and a learner, both launched. */
    private School school(PersistenceFixture db) {
        long school = ReportPersistence.newSchool(db);
        long counselorUser = ReportPersistence.newUser(db, school);
        long learnerUser = ReportPersistence.newUser(db, school);
        ReportTestData.designate(db, school, counselorUser);
        long registration = db.fromTransaction(em -> em.find(org.childsafe.lti.registration.domain.Deployment.class, school)
                .registration().id());
        return new School(school, identity(registration, school, counselorUser, true, ToolRole.INSTRUCTOR),
                identity(registration, school, learnerUser, false, ToolRole.LEARNER));
    }

    private LaunchIdentity identity(long registration, long school, long user, boolean counselor, ToolRole role) {
        return new LaunchIdentity(registration, "https://lms.example.edu", school, "dep-1", "THCS Example", user,
                counselor ? "Nguyễn Thị Lan" : null, null, null, Set.of(role), counselor, "report", "rl-1", null, START);
    }

    private record School(long id, LaunchIdentity counselor, LaunchIdentity learner) {
    }

    private final class RecordingEvent implements Event<ReferralQueued> {

        @Override
        public void fire(ReferralQueued event) {
            queued.add(event);
        }

        @Override
        public <U extends ReferralQueued> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ReferralQueued> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<ReferralQueued> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends ReferralQueued> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ReferralQueued> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
