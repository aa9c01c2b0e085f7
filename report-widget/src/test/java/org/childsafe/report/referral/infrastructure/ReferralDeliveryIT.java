package org.childsafe.report.referral.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.childsafe.lti.keys.application.KeyCipher;
import org.childsafe.lti.keys.application.KeyEncryptionKey;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.report.cases.domain.AffectedPerson;
import org.childsafe.report.cases.domain.Answer;
import org.childsafe.report.cases.domain.CaseCode;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportSource;
import org.childsafe.report.cases.domain.SealedContent;
import org.childsafe.report.cases.infrastructure.JpaReportCaseRepository;
import org.childsafe.report.cases.infrastructure.ReportPersistence;
import org.childsafe.report.referral.FakeNetwork;
import org.childsafe.report.referral.FakeNetwork.Behaviour;
import org.childsafe.report.referral.NetworkTestKeys;
import org.childsafe.report.referral.ReferralTestData;
import org.childsafe.report.referral.application.Backoff;
import org.childsafe.report.referral.application.NetworkConnector;
import org.childsafe.report.referral.application.ReferralDispatcher;
import org.childsafe.report.referral.application.ReferralOutbox.Enqueued;
import org.childsafe.report.referral.application.ReferralOutbox.CallbackResult;
import org.childsafe.report.referral.application.ReferralSigner;
import org.childsafe.report.referral.application.ReferralView;
import org.childsafe.report.referral.domain.DeliveryState;
import org.childsafe.report.referral.domain.NetworkStatus;
import org.childsafe.report.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Delivery of referrals to our stand-in network ({@link FakeNetwork}) through the real outbox on H2 and PostgreSQL,
 * the real webhook connector and real signatures: failures, timeouts, 500 then 200, lost answers, a network that is
 * down for good, two dispatchers at once, and a dispatcher that dies between commit and send. In every case the
 * network ends up holding each referral exactly once and no referral is lost.
 *
 * <p>Each test gets its own database (the dispatcher claims every due row of a database).
 */
class ReferralDeliveryIT {

    @RegisterExtension
    static final TestPersistence persistence = ReportPersistence.extension();

    static final RSAKey TOOL_KEY = NetworkTestKeys.generate("tool-1");
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final Duration TIMEOUT = Duration.ofMillis(700);
    static final Duration LEASE = Duration.ofMinutes(5);

    final MutableClock clock = new MutableClock(START);
    final KeyCipher cipher = new KeyCipher(KeyEncryptionKey.of(new SecureRandom().generateSeed(32)));
    final FakeNetwork network = new FakeNetwork();
    PersistenceFixture db;
    JdbcReferralOutbox outbox;

    @AfterEach
    void close() {
        network.close();
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void deliversOnceAfterA500ThenA200WithTheSameIdempotencyKey(TestDatabase database) throws Exception {
        Enqueued referral = escalate(database);
        network.then(Behaviour.FAIL_500);
        ReferralDispatcher dispatcher = dispatcher(3);

        assertThat(dispatcher.dispatchDue(10)).isZero();
        ReferralView failed = only(referral);
        assertThat(failed.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(failed.attempts()).isOne();
        assertThat(failed.lastError()).isEqualTo("http.500");
        assertThat(failed.nextAttemptAt()).isAfter(START);
        assertThat(dispatcher.dispatchDue(10)).as("not due before the backoff").isZero();

        clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.dispatchDue(10)).isOne();

        ReferralView delivered = only(referral);
        assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.networkReference()).startsWith("VN-COP-");
        assertThat(network.requests()).extracting(FakeNetwork.Received::idempotencyKey)
                .containsExactly(referral.idempotencyKey(), referral.idempotencyKey());
        assertThat(network.requests()).extracting(FakeNetwork.Received::attempt).containsExactly("1", "2");
        assertThat(network.stored()).containsOnlyKeys(referral.idempotencyKey());
        SignedJWT jwt = SignedJWT.parse(network.stored().get(referral.idempotencyKey()));
        assertThat(jwt.verify(new RSASSAVerifier(TOOL_KEY.toPublicJWK()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getJSONObjectClaim("referral"))
                .isEqualTo(ReferralTestData.payload().toJson().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> normalise(e.getValue()))));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aLostAnswerIsRetriedAndTheNetworkKeepsOneReferral(TestDatabase database) {
        Enqueued referral = escalate(database);
        network.then(Behaviour.ACCEPT_THEN_HANG, Behaviour.DROP);
        ReferralDispatcher dispatcher = dispatcher(5);

        dispatcher.dispatchDue(10);
        assertThat(only(referral).lastError()).isEqualTo("timeout");
        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue(10);
        assertThat(only(referral).lastError()).isEqualTo("io");
        clock.advance(Duration.ofMinutes(5));
        dispatcher.dispatchDue(10);

        assertThat(only(referral).state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(network.requests()).hasSize(3).allSatisfy(r -> assertThat(r.idempotencyKey()).isEqualTo(referral.idempotencyKey()));
        assertThat(network.stored()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void goesDeadAfterMaxAttemptsAndIsSentWhenRequeued(TestDatabase database) {
        Enqueued referral = escalate(database);
        network.then(Behaviour.FAIL_503, Behaviour.FAIL_500, Behaviour.FAIL_503);
        ReferralDispatcher dispatcher = dispatcher(3);

        for (int i = 0; i < 3; i++) {
            dispatcher.dispatchDue(10);
            clock.advance(Duration.ofHours(2));
        }

        ReferralView dead = only(referral);
        assertThat(dead.state()).isEqualTo(DeliveryState.DEAD);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastError()).isEqualTo("http.503");
        assertThat(dispatcher.dispatchDue(10)).as("a dead referral is not retried by itself").isZero();
        assertThat(network.stored()).isEmpty();

        assertThat(outbox.requeue(schoolOf(referral), referral.id())).isTrue();
        assertThat(dispatcher.dispatchDue(10)).isOne();
        assertThat(only(referral).state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(network.stored()).containsOnlyKeys(referral.idempotencyKey());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aDispatcherThatDiesAfterClaimingLeavesTheReferralToTheNextOne(TestDatabase database) {
        Enqueued referral = escalate(database);
        // The first node claims the committed row and dies before sending: only its lease remains.
        assertThat(outbox.claimDue("node-that-dies", LEASE, 10)).hasSize(1);

        ReferralDispatcher restarted = dispatcher(5);
        assertThat(restarted.dispatchDue(10)).as("the lease still protects the row").isZero();
        assertThat(network.requests()).isEmpty();

        clock.advance(LEASE.plusSeconds(1));
        assertThat(restarted.dispatchDue(10)).isOne();

        assertThat(only(referral).state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(network.requests()).hasSize(1);
        assertThat(network.stored()).containsOnlyKeys(referral.idempotencyKey());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aDispatcherThatDiesAfterSendingBeforeRecordingCausesNoSecondReferral(TestDatabase database) {
        Enqueued referral = escalate(database);
        // The first node claims and sends, then dies before it records the answer.
        var claimed = outbox.claimDue("node-that-dies", LEASE, 10);
        ReferralSigner signer = signer();
        new WebhookConnector(network.url(), TIMEOUT).deliver(new org.childsafe.report.referral.application.DeliveryAttempt(
                claimed.get(0).idempotencyKey(), signer.sign(claimed.get(0).idempotencyKey(), claimed.get(0).referral()), 1));

        clock.advance(LEASE.plusSeconds(1));
        assertThat(dispatcher(5).dispatchDue(10)).isOne();

        assertThat(network.requests()).hasSize(2);
        assertThat(network.stored()).containsOnlyKeys(referral.idempotencyKey());
        assertThat(only(referral).state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void twoDispatchersAtOnceSendEachReferralOnce(TestDatabase database) throws Exception {
        List<Enqueued> referrals = new java.util.ArrayList<>();
        referrals.add(escalate(database));
        long school = schoolOf(referrals.get(0));
        for (int i = 0; i < 29; i++) {
            referrals.add(enqueue(school, newCase(school)));
        }
        ReferralDispatcher a = dispatcher(5);
        ReferralDispatcher b = dispatcher(5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> fromA = pool.submit(() -> a.dispatchDue(100));
            Future<Integer> fromB = pool.submit(() -> b.dispatchDue(100));
            assertThat(fromA.get() + fromB.get()).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }

        Map<String, Long> sendsPerKey = network.requests().stream()
                .collect(Collectors.groupingBy(FakeNetwork.Received::idempotencyKey, Collectors.counting()));
        assertThat(sendsPerKey).hasSize(30).allSatisfy((key, sends) -> assertThat(sends).isOne());
        assertThat(network.stored().keySet()).isEqualTo(referrals.stream().map(Enqueued::idempotencyKey)
                .collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void appliesEachCallbackOnceAndIgnoresStaleOnes(TestDatabase database) {
        Enqueued referral = escalate(database);
        dispatcher(5).dispatchDue(10);
        Instant t1 = START.plusSeconds(60);

        CallbackResult first = outbox.applyCallback(referral.idempotencyKey(), "cb-1", NetworkStatus.ACCEPTED, "VN-9", "Taken", t1);
        CallbackResult replay = outbox.applyCallback(referral.idempotencyKey(), "cb-1", NetworkStatus.ACCEPTED, "VN-9", "Taken", t1);
        CallbackResult older = outbox.applyCallback(referral.idempotencyKey(), "cb-0", NetworkStatus.RECEIVED, null, null, START);
        CallbackResult unknown = outbox.applyCallback("00000000-0000-0000-0000-000000000000", "cb-2", NetworkStatus.CLOSED, null, null, t1);

        assertThat(List.of(first, replay, older, unknown)).containsExactly(CallbackResult.APPLIED,
                CallbackResult.DUPLICATE, CallbackResult.STALE, CallbackResult.UNKNOWN_REFERRAL);
        ReferralView view = only(referral);
        assertThat(view.networkStatus()).isEqualTo(NetworkStatus.ACCEPTED);
        assertThat(view.networkReference()).isEqualTo("VN-9");
        assertThat(view.networkMessage()).isEqualTo("Taken");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void storesThePayloadEncrypted(TestDatabase database) throws Exception {
        Enqueued referral = escalate(database);

        try (var c = db.dataSource().getConnection(); var ps = c.prepareStatement(
                "SELECT payload_enc, kek_id, identity_included FROM report_referral WHERE id = ?")) {
            ps.setLong(1, referral.id());
            try (var rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).doesNotContain("THCS", "Telegram", "HARASSMENT", "CSR-");
                assertThat(rs.getString(2)).isEqualTo(cipher.kekId());
                assertThat(rs.getBoolean(3)).isFalse();
            }
        }
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    private Enqueued escalate(TestDatabase database) {
        db = persistence.open(database, "referral_delivery");
        outbox = new JdbcReferralOutbox(db.dataSource(), cipher, clock);
        long school = ReportPersistence.newSchool(db);
        return enqueue(school, newCase(school));
    }

    private Enqueued enqueue(long school, long caseId) {
        return outbox.enqueue(school, caseId, ReferralTestData.payload());
    }

    private long newCase(long school) {
        return db.fromTransaction(em -> new JpaReportCaseRepository(em).save(new ReportCase(school,
                CaseCode.random(new SecureRandom()), "hash", Set.of(Category.HARASSMENT), Priority.HIGH, Answer.NO,
                AffectedPerson.ME, ReportSource.PUBLIC_PAGE, null, new SealedContent("mk", "wrapped", new byte[] {1}), START)).id());
    }

    private long schoolOf(Enqueued referral) {
        return db.fromTransaction(em -> ((Number) em.createNativeQuery(
                "SELECT deployment_pk FROM report_referral WHERE id = " + referral.id()).getSingleResult()).longValue());
    }

    private ReferralView only(Enqueued referral) {
        return db.fromTransaction(em -> {
            long school = schoolOf(referral);
            long caseId = ((Number) em.createNativeQuery("SELECT case_id FROM report_referral WHERE id = " + referral.id())
                    .getSingleResult()).longValue();
            List<ReferralView> views = outbox.ofCase(school, caseId);
            assertThat(views).hasSize(1);
            return views.get(0);
        });
    }

    private ReferralSigner signer() {
        return new ReferralSigner(() -> TOOL_KEY, NetworkTestKeys.TOOL_AUDIENCE, network.url().toString(), clock);
    }

    private ReferralDispatcher dispatcher(int maxAttempts) {
        NetworkConnector connector = new WebhookConnector(network.url(), TIMEOUT);
        return new ReferralDispatcher(outbox, connector, signer(),
                new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), new SplittableRandom(1)), maxAttempts, LEASE, clock);
    }

    private static Object normalise(Object value) {
        return value instanceof Map<?, ?> map ? map.entrySet().stream()
                .collect(Collectors.toMap(e -> (String) e.getKey(), e -> normalise(e.getValue())))
                : value;
    }
}
