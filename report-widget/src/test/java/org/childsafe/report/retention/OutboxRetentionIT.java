package org.childsafe.report.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childsafe.lti.audit.AuditEvent;
import org.childsafe.lti.audit.TestAuditLogs;
import org.childsafe.lti.keys.application.KeyCipher;
import org.childsafe.lti.keys.application.KeyEncryptionKey;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.lti.testplatform.MutableClock;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.cases.infrastructure.ReportPersistence;
import org.childsafe.report.notify.MailKind;
import org.childsafe.report.notify.MailOutbox;
import org.childsafe.report.notify.MailOutbox.PendingMail;
import org.childsafe.report.referral.ReferralTestData;
import org.childsafe.report.referral.application.ClaimedReferral;
import org.childsafe.report.referral.application.DeliveryOutcome;
import org.childsafe.report.referral.application.ReferralOutbox.CallbackResult;
import org.childsafe.report.referral.application.ReferralOutbox.Enqueued;
import org.childsafe.report.referral.application.ReferralView;
import org.childsafe.report.referral.domain.DeliveryState;
import org.childsafe.report.referral.domain.NetworkStatus;
import org.childsafe.report.referral.infrastructure.JdbcReferralOutbox;
import org.childsafe.report.testsupport.ReportTestData;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Outbox retention on H2 and a real PostgreSQL, with rows made through {@link MailOutbox} and
 * {@link JdbcReferralOutbox} as the dispatchers make them: exactly the sent and dead mails past the period are
 * deleted, exactly the delivered referrals past the period lose their payload and keep their status, and nothing
 * still on its way is touched. One test per database, because a run is installation-wide.
 */
class OutboxRetentionIT {

    @RegisterExtension
    static final TestPersistence persistence = ReportPersistence.extension();

    static final Instant NOW = Instant.parse("2026-06-01T02:30:00.500Z");
    static final Duration DAY = Duration.ofDays(1);
    static final Instant CUTOFF = NOW.minus(DAY.multipliedBy(30));
    static final Duration LEASE = Duration.ofMinutes(5);

    final MutableClock clock = new MutableClock(NOW);
    final KeyCipher cipher = new KeyCipher(KeyEncryptionKey.of(new SecureRandom().generateSeed(32)));
    PersistenceFixture db;
    MailOutbox mails;
    JdbcReferralOutbox referrals;
    long school;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void removesOnlyFinishedOutboxDataPastThePeriod(TestDatabase database) {
        db = persistence.on(database);
        mails = new MailOutbox(db.dataSource(), clock);
        referrals = new JdbcReferralOutbox(db.dataSource(), cipher, clock);
        school = ReportPersistence.newSchool(db);
        long counselor = ReportPersistence.newUser(db, school);
        ReportTestData.designate(db, school, counselor);
        mails.saveAddress(school, counselor, "lan@school.example", "vi");

        Map<String, Long> mail = new LinkedHashMap<>();
        mail.put("sentJustTooOld", sentMail(CUTOFF.minusMillis(1), CUTOFF.minusMillis(1)));
        mail.put("sentAtTheLimit", sentMail(CUTOFF, CUTOFF));
        mail.put("queuedLongAgoSentJustInside", sentMail(CUTOFF.minus(DAY.multipliedBy(10)), CUTOFF.plusMillis(1)));
        mail.put("deadJustTooOld", deadMail(CUTOFF.minusMillis(1)));
        mail.put("deadJustInside", deadMail(CUTOFF.plusMillis(1)));
        mail.put("retryingYearsOld", retryingMail(NOW.minus(DAY.multipliedBy(1000))));
        mail.put("pendingYearsOld", pendingMail(NOW.minus(DAY.multipliedBy(1000))));

        Map<String, Enqueued> referral = new LinkedHashMap<>();
        referral.put("deliveredJustTooOld", deliveredReferral(CUTOFF.minusMillis(1)));
        referral.put("deliveredAtTheLimit", deliveredReferral(CUTOFF));
        referral.put("deadYearsOld", deadReferral(NOW.minus(DAY.multipliedBy(1000))));
        referral.put("pendingYearsOld", pendingReferral(NOW.minus(DAY.multipliedBy(1000))));
        clock.set(NOW);

        OutboxRetention.Purged keptForEver = purge(0, 0);

        assertThat(keptForEver).isEqualTo(new OutboxRetention.Purged(0, 0, 0));
        assertThat(mailIds()).containsExactlyElementsOf(mail.values());
        assertThat(referral.values()).allSatisfy(r -> assertThat(payloadOf(r)).isNotEmpty());

        OutboxRetention.Purged purged = purge(30, 30);

        assertThat(purged).isEqualTo(new OutboxRetention.Purged(1, 1, 1));
        assertThat(mailIds()).containsExactly(mail.get("sentAtTheLimit"), mail.get("queuedLongAgoSentJustInside"),
                mail.get("deadJustInside"), mail.get("retryingYearsOld"), mail.get("pendingYearsOld"));
        assertThat(mails.count("PENDING")).isEqualTo(2);
        assertThat(payloadOf(referral.get("deliveredJustTooOld"))).isEmpty();
        assertThat(payloadOf(referral.get("deliveredAtTheLimit"))).isNotEmpty();
        assertThat(payloadOf(referral.get("deadYearsOld"))).as("an operator may still requeue it").isNotEmpty();
        assertThat(payloadOf(referral.get("pendingYearsOld"))).isNotEmpty();

        Enqueued erased = referral.get("deliveredJustTooOld");
        ReferralView status = viewOf(erased);
        assertThat(status.state()).as("the case page still shows the delivery").isEqualTo(DeliveryState.DELIVERED);
        assertThat(status.networkReference()).isEqualTo("NET-" + erased.id());
        assertThat(status.deliveredAt()).isEqualTo(CUTOFF.minusMillis(1));
        assertThat(referrals.applyCallback(erased.idempotencyKey(), "jti-" + erased.id(), NetworkStatus.CLOSED, null,
                "closed", NOW)).as("later status callbacks still apply").isEqualTo(CallbackResult.APPLIED);
        assertThat(viewOf(erased).networkStatus()).isEqualTo(NetworkStatus.CLOSED);

        OutboxRetention.Purged secondNode = purge(30, 30);

        assertThat(secondNode).as("a second node running the same job").isEqualTo(new OutboxRetention.Purged(0, 0, 0));
        List<AuditEvent> runs = db.fromTransaction(em -> em.createQuery("select e from AuditEvent e where e.action = :a"
                + " order by e.id", AuditEvent.class).setParameter("a", OutboxRetention.AUDIT_ACTION).getResultList());
        assertThat(runs).extracting(AuditEvent::detail).containsExactly(
                "mail.sent=0, mail.dead=0 (forever); referral.payloads=0 (forever)",
                "mail.sent=1, mail.dead=1 (30d); referral.payloads=1 (30d)",
                "mail.sent=0, mail.dead=0 (30d); referral.payloads=0 (30d)");
        assertThat(runs).extracting(AuditEvent::actor).containsOnly("system");
        assertThat(runs).extracting(AuditEvent::detail).noneMatch(d -> d.contains("lan@school.example"));
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    private OutboxRetention.Purged purge(int mailDays, int payloadDays) {
        return db.fromTransaction(em -> new OutboxRetention(mails, referrals, new OutboxRetentionConfig(mailDays,
                payloadDays), TestAuditLogs.on(em, clock), clock).purge());
    }

    private long sentMail(Instant queuedAt, Instant sentAt) {
        PendingMail queued = queueAndClaim(queuedAt, sentAt);
        assertThat(mails.recordSent(queued.id(), "node-a", 1)).isTrue();
        return queued.id();
    }

    private long deadMail(Instant diedAt) {
        PendingMail queued = queueAndClaim(diedAt.minus(DAY), diedAt);
        assertThat(mails.recordFailed(queued.id(), "node-a", 40, "smtp.ConnectException", diedAt, true)).isTrue();
        return queued.id();
    }

    private long retryingMail(Instant failedAt) {
        PendingMail queued = queueAndClaim(failedAt, failedAt);
        assertThat(mails.recordFailed(queued.id(), "node-a", 3, "smtp.ConnectException", failedAt.plusSeconds(60),
                false)).isTrue();
        return queued.id();
    }

    /** Never claimed: left for last, so that no later claim takes it. */
    private long pendingMail(Instant queuedAt) {
        clock.set(queuedAt);
        assertThat(mails.queueForSchool(school, MailKind.NEW_CASE)).isOne();
        return mailIds().get(mailIds().size() - 1);
    }

    private PendingMail queueAndClaim(Instant queuedAt, Instant claimedAt) {
        clock.set(queuedAt);
        assertThat(mails.queueForSchool(school, MailKind.OVERDUE)).isOne();
        clock.set(claimedAt);
        List<PendingMail> claimed = mails.claimDue("node-a", LEASE, 10);
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    private Enqueued deliveredReferral(Instant deliveredAt) {
        Enqueued referral = pendingReferral(deliveredAt.minusSeconds(60));
        clock.set(deliveredAt);
        ClaimedReferral claimed = claimOnly();
        assertThat(referrals.recordDelivered(claimed.id(), "node-a", 1,
                DeliveryOutcome.delivered(202, "NET-" + referral.id()))).isTrue();
        return referral;
    }

    private Enqueued deadReferral(Instant diedAt) {
        Enqueued referral = pendingReferral(diedAt);
        ClaimedReferral claimed = claimOnly();
        assertThat(referrals.recordFailed(claimed.id(), "node-a", 10, DeliveryOutcome.failed(503, "http.503"), diedAt,
                true)).isTrue();
        return referral;
    }

    private Enqueued pendingReferral(Instant escalatedAt) {
        clock.set(escalatedAt);
        long caseId = ReportTestData.newCase(db, ReportTestData.crypto(), school, Priority.HIGH, escalatedAt,
                Category.BULLYING).id();
        return referrals.enqueue(school, caseId, ReferralTestData.payloadWithChild());
    }

    private ClaimedReferral claimOnly() {
        List<ClaimedReferral> claimed = referrals.claimDue("node-a", LEASE, 10);
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    private ReferralView viewOf(Enqueued referral) {
        long caseId = longValue("SELECT case_id FROM report_referral WHERE id = ?", referral.id());
        return referrals.ofCase(school, caseId).stream().filter(v -> v.id() == referral.id()).findFirst().orElseThrow();
    }

    private String payloadOf(Enqueued referral) {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT payload_enc FROM report_referral WHERE id = ?")) {
            ps.setLong(1, referral.id());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("the referral row is kept").isTrue();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Long> mailIds() {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id FROM report_mail WHERE deployment_pk = ? ORDER BY id")) {
            ps.setLong(1, school);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long longValue(String sql, long id) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
