package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.childsafe.deploy.lessons.LessonHttpPlayer;
import org.childsafe.deploy.lessons.LessonPlayerDriver;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.services.ags.AgsEndpoint;
import org.childsafe.lti.testplatform.LaunchClaimsBuilder;
import org.childsafe.lti.testplatform.StubPlatformServices;
import org.childsafe.lti.testplatform.StubPlatformServices.Answer;
import org.childsafe.lti.testplatform.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two instances of the runnable jar on loopback as one Payara Micro cluster (Hazelcast, TCP/IP discovery on
 * 127.0.0.1), in production mode, sharing one real PostgreSQL — the shape of the Kubernetes deployment on one
 * machine. What it proves, with both instances running:
 * <ul>
 * <li>a launch started on one instance completes on the other (state and nonce live in the database), and a
 * launch replayed on the other instance is refused; its nonce is stored once, where both instances check it;</li>
 * <li>the AGS grade queue sends each score once: {@value #LEARNERS} learners, half on each instance, play a graded
 * lesson to its end through the lesson player's real pages while the platform's score endpoint is down (503); when
 * it comes back both instances' dispatchers drain the backlog from the shared outbox and the stand-in platform
 * ({@link StubPlatformServices}, real HTTP) receives exactly one accepted score per learner;</li>
 * <li>the referral outbox sends each referral once: {@value #CASES} reports filed on the schools' public report
 * page of either instance and escalated by a counselor on that instance while the national network is down; when
 * it comes back it receives exactly one accepted delivery per idempotency key;</li>
 * <li>a URL-feed refresh happens once per cluster: the feed provider (a loopback HTTP server) is downloaded once
 * per published refresh round, never by the instance that follows, and both instances answer the verdict of a
 * new feed version on {@code /api/urlcheck/check}.</li>
 * </ul>
 * Waits are bounded polls of what the outside world or the database shows, never timing assertions.
 */
class ClusterIT {

    private static final String ISSUER = "https://lms.cluster.example";
    /** Learners who complete a graded lesson, half on each instance. */
    static final int LEARNERS = 40;
    /** Reports escalated to the national network, half on each instance. */
    static final int CASES = 16;
    /** A short bundled lesson (scenario, ideas, one choice, five questions, pledge, help). */
    private static final String LESSON = "kind-words";
    private static final String SCORES = "/lineitems/7/scores";
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private static TestDatabase.Created database;
    private static PayaraInstance first;
    private static PayaraInstance second;
    private static TestPlatform platform;
    private static StubPlatformServices ags;
    private static final AtomicBoolean agsUp = new AtomicBoolean(true);
    private static final List<StubPlatformServices.Recorded> agsAccepted = new CopyOnWriteArrayList<>();
    private static ClusterStandIns.Network network;
    private static ClusterStandIns.Feed feed;
    private static long registrationId;

    @BeforeAll
    static void startTwoInstancesOnOnePostgres() throws Exception {
        database = TestDatabase.POSTGRES.create("ClusterIT");
        String jdbcUrl = ((PGSimpleDataSource) database.dataSource()).getUrl();
        int port = Integer.parseInt(System.getProperty("it.http.port", "18080")) + 200;
        network = new ClusterStandIns.Network();
        feed = new ClusterStandIns.Feed(domains(30, List.of()));
        ags = new StubPlatformServices().always(SCORES, ClusterIT::gradebook);
        // Both instances are one tool behind one address: the same base URL, key-encryption key and database.
        LoopbackCluster loopback = new LoopbackCluster(port, port + 1000, jdbcUrl, "childsafe-cluster-it");
        Map<String, String> settings = new LinkedHashMap<>(loopback.settings());
        // Grades: poll every second and retry quickly, so the backlog of a platform outage drains within the test.
        settings.put("lti.grades.poll-seconds", "1");
        settings.put("lti.grades.backoff.initial-seconds", "1");
        settings.put("lti.grades.backoff.max-seconds", "4");
        settings.put("lti.grades.max-attempts", "100");
        // Reports and referrals to the stand-in national network (http is accepted for a loopback host only).
        settings.put("report.limits.submissions-per-hour", "1000");
        settings.put("report.network.enabled", "true");
        settings.put("report.network.url", network.referralsUrl().toString());
        settings.put("report.network.timeout-ms", "2000");
        settings.put("report.network.lease-seconds", "30");
        settings.put("report.network.backoff.initial-seconds", "1");
        settings.put("report.network.backoff.max-seconds", "4");
        settings.put("report.network.max-attempts", "100");
        // One remote feed (http on loopback), refreshed every minute, polled every 2 s.
        settings.put("urlcheck.feeds.sources", "mirror");
        settings.put("urlcheck.feeds.mirror.format", "DOMAINS");
        settings.put("urlcheck.feeds.mirror.location", feed.url().toString());
        settings.put("urlcheck.feeds.mirror.category", "malware");
        settings.put("urlcheck.feeds.mirror.licence", "CC0");
        settings.put("urlcheck.feeds.refresh-minutes", "1");
        settings.put("urlcheck.feeds.poll-seconds", "2");
        List<String> cluster = loopback.options(2);
        first = PayaraInstance.start("cluster-a", port, settings, cluster);
        second = PayaraInstance.start("cluster-b", port + 1, settings, cluster);
        first.awaitReady(Duration.ofMinutes(10));
        second.awaitReady(Duration.ofMinutes(10));

        RegisteredPlatform registered = RegisteredPlatform.register(first.baseUrl(), ISSUER, "cluster-client", "cluster-dep-1",
                "Cluster", ags.url("/token"));
        platform = registered.platform();
        registrationId = registered.registrationId();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (AutoCloseable standIn : new AutoCloseable[] {platform, ags, network, feed}) {
            if (standIn != null) {
                standIn.close();
            }
        }
        for (PayaraInstance instance : new PayaraInstance[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void instancesFormOneCluster() {
        assertThat(first.log()).as("Payara's data grid reports both instances").contains("DG Size: 2");
    }

    @Test
    void launchStartedOnOneInstanceCompletesOnTheOther() throws Exception {
        ToolClient browser = new ToolClient(first.baseUrl());
        Map<String, String> auth = login(browser);

        HttpResponse<String> launch = post(browser, second.baseUrl(), auth, platform.sign(claims(auth.get("nonce"))));

        assertThat(launch.statusCode()).as(launch.body()).isEqualTo(303);
        assertThat(launch.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/w/lessons/"));
    }

    @Test
    void launchReplayedOnTheOtherInstanceIsRefusedAndItsNonceIsStoredOnceForBoth() throws Exception {
        ToolClient browser = new ToolClient(first.baseUrl());
        Map<String, String> auth = login(browser);
        String idToken = platform.sign(claims(auth.get("nonce")));
        assertThat(post(browser, first.baseUrl(), auth, idToken).statusCode()).isEqualTo(303);

        // The attacker replays the very same form post (state + id_token) on the other instance.
        ToolClient attacker = new ToolClient(second.baseUrl());
        attacker.cookies().putAll(browser.cookies());
        HttpResponse<String> replay = post(attacker, second.baseUrl(), auth, idToken);

        assertThat(replay.statusCode()).as(replay.body()).isIn(400, 401);
        assertThat(replay.body()).contains("lti.state_replayed");
        assertThat(nonceRows(auth.get("nonce"))).as("the used nonce, in the database both instances share").isOne();
    }

    @Test
    void tokenWhoseNonceWasNotIssuedForThisStateIsRefusedOnEitherInstance() throws Exception {
        ToolClient browser = new ToolClient(first.baseUrl());
        String usedNonce = login(browser).get("nonce");
        ToolClient other = new ToolClient(second.baseUrl());
        Map<String, String> fresh = login(other);

        HttpResponse<String> launch = post(other, second.baseUrl(), fresh, platform.sign(claims(usedNonce)));

        assertThat(launch.statusCode()).as(launch.body()).isIn(400, 401);
        assertThat(launch.body()).contains("lti.nonce_mismatch");
    }

    @Test
    void gradesQueuedOnBothInstancesDuringAnOutageReachThePlatformExactlyOnce() throws Exception {
        agsUp.set(false);
        LessonHttpPlayer player = new LessonHttpPlayer(LessonPlayerDriver.bundledPack().lessons().stream()
                .filter(lesson -> lesson.id().equals(LESSON)).findFirst().orElseThrow());
        ExecutorService learners = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> played = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                PayaraInstance at = i % 2 == 0 ? first : second;
                String subject = "cluster-learner-" + i;
                played.add(learners.submit(() -> {
                    ToolClient learner = new ToolClient(at.baseUrl());
                    launch(learner, at, learnerClaims(subject));
                    String opened = FacesPages.ok(learner.get("/w/lessons/lesson.xhtml?id=" + LESSON));
                    return player.playToTheEnd(opened, (page, fields) -> FacesPages.post(learner, page, "player", fields));
                }));
            }
            for (Future<String> done : played) {
                assertThat(done.get(5, TimeUnit.MINUTES)).contains("id=\"grade-status\"");
            }
        } finally {
            learners.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM grade_submission")).as("one score queued per learner").isEqualTo(LEARNERS);
        assertThat(ags.requestsTo(SCORES)).as("the dispatchers tried while the gradebook was down").isNotEmpty();

        agsUp.set(true);
        await("every score sent", () -> count("SELECT count(*) FROM grade_submission WHERE state <> 'SENT'") == 0);

        Map<String, Long> accepted = acceptedScoresPerLearner();
        assertThat(accepted).as("accepted scores per learner").hasSize(LEARNERS).allSatisfy((learner, scores) ->
                assertThat(scores).as(learner).isEqualTo(1L));
        Set<String> senders = ags.requestsTo(SCORES).stream().map(r -> r.header("Authorization")).collect(Collectors.toSet());
        assertThat(senders).as("each instance's dispatcher (own access token) sent scores").hasSize(2);
        assertBothInstancesReady();
    }

    @Test
    void referralsEscalatedOnBothInstancesDuringAnOutageReachTheNetworkExactlyOnce() throws Exception {
        network.open(false);
        String publicId = schoolPublicId();
        ToolClient counselorOnFirst = counselor(first);
        ToolClient counselorOnSecond = counselor(second);
        for (int i = 0; i < CASES; i++) {
            PayaraInstance at = i % 2 == 0 ? first : second;
            String code = AnonymousReporter.report(new ToolClient(at.baseUrl()), publicId, "MALICIOUS_GROUP",
                    "Case " + i + ": a group shares edited photos of me and says they will post more.",
                    "https://t.me/cluster_group").code();
            CounselorEscalation.escalate(i % 2 == 0 ? counselorOnFirst : counselorOnSecond, code);
        }
        assertThat(count("SELECT count(*) FROM report_referral")).as("one referral per escalation").isEqualTo(CASES);
        await("both instances' dispatchers tried while the network was down",
                () -> first.log().contains("failed (http.503)") && second.log().contains("failed (http.503)"));

        network.open(true);
        await("every referral delivered", () -> count("SELECT count(*) FROM report_referral WHERE state <> 'DELIVERED'") == 0);

        Map<String, Integer> accepted = network.accepted();
        assertThat(accepted.keySet()).as("one delivery per referral, by idempotency key")
                .containsExactlyInAnyOrderElementsOf(strings("SELECT idempotency_key FROM report_referral"));
        assertThat(accepted).allSatisfy((key, deliveries) -> assertThat(deliveries).as(key).isEqualTo(1));
        assertThat(network.refused()).isPositive();
        assertBothInstancesReady();
    }

    @Test
    void aFeedRefreshDownloadsOncePerRoundAndBothInstancesSwapToTheNewSnapshot() throws Exception {
        String known = "http://bad-3.cluster.example/";
        String fresh = "http://fresh-threat.cluster.example/login";
        await("both instances loaded the first feed version", () -> rating(first, known).equals("UNSAFE")
                && rating(second, known).equals("UNSAFE"));
        assertThat(rating(first, fresh)).isNotEqualTo("UNSAFE");
        assertThat(rating(second, fresh)).isNotEqualTo("UNSAFE");

        feed.publish(domains(30, List.of("fresh-threat.cluster.example")));

        await("both instances swapped to the new version", () -> rating(first, fresh).equals("UNSAFE")
                && rating(second, fresh).equals("UNSAFE"));
        long[] round = new long[2];
        await("no refresh in progress", () -> {
            long before = count("SELECT generation FROM urlcheck_feed_lease WHERE holder IS NULL");
            round[1] = feed.downloads();
            round[0] = count("SELECT generation FROM urlcheck_feed_lease WHERE holder IS NULL");
            return round[0] > 0 && before == round[0];
        });
        assertThat(round[0]).as("published refresh rounds").isGreaterThanOrEqualTo(2);
        assertThat(round[1]).as("downloads: one per published round, whichever instance refreshed").isEqualTo(round[0]);
        assertThat(first.log() + second.log()).doesNotContain("has no stored copy of feed");
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    /** The platform's score endpoint: 503 while the gradebook is down, else accepts and keeps the score. */
    private static Answer gradebook(StubPlatformServices.Recorded score) {
        if (!agsUp.get()) {
            return Answer.json(503, "{\"message\":\"gradebook down\"}");
        }
        agsAccepted.add(score);
        return Answer.json(200, "{}");
    }

    private static LaunchClaimsBuilder learnerClaims(String subject) {
        return platform.claims().set(LtiClaims.SUBJECT, subject).roles(LaunchClaimsBuilder.LEARNER)
                .set(LtiClaims.TARGET_LINK_URI, first.baseUrl() + "/launch/lessons")
                .setMember(LtiClaims.RESOURCE_LINK, LtiClaims.MEMBER_ID, "rl-cluster-graded-lesson")
                .setMember(LtiClaims.CUSTOM, "childsafe_lesson", LESSON)
                .setMember(LtiClaims.AGS_ENDPOINT, LtiClaims.MEMBER_SCOPE,
                        List.of(AgsEndpoint.SCOPE_SCORE, AgsEndpoint.SCOPE_LINEITEM))
                .setMember(LtiClaims.AGS_ENDPOINT, LtiClaims.MEMBER_LINEITEMS, ags.url("/lineitems").toString())
                .setMember(LtiClaims.AGS_ENDPOINT, LtiClaims.MEMBER_LINEITEM, ags.url("/lineitems/7").toString());
    }

    /** OIDC login and launch on one instance with these claims (the nonce is set here); follows the redirect. */
    private static void launch(ToolClient browser, PayaraInstance at, LaunchClaimsBuilder claims) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", ISSUER);
        params.put("login_hint", String.valueOf(claims.build().getSubject()));
        params.put("target_link_uri", String.valueOf(claims.build().getClaim(LtiClaims.TARGET_LINK_URI)));
        params.put("client_id", "cluster-client");
        params.put("lti_deployment_id", "cluster-dep-1");
        HttpResponse<String> login = browser.get("/lti/login?" + ToolClient.form(params));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        Map<String, String> auth = ToolClient.query(URI.create(login.headers().firstValue("Location").orElseThrow()));
        HttpResponse<String> launched = post(browser, at.baseUrl(), auth, platform.sign(claims.nonce(auth.get("nonce"))));
        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(303);
        URI location = URI.create(launched.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> landed = browser.get(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
        assertThat(landed.statusCode()).as(landed.body()).isIn(200, 302, 303);
    }

    /** A counselor of the cluster school with a session on {@code at} (designated by the tool admin once). */
    private static ToolClient counselor(PayaraInstance at) throws Exception {
        LaunchClaimsBuilder claims = platform.claims().set(LtiClaims.SUBJECT, "cluster-counselor")
                .roles(LaunchClaimsBuilder.INSTRUCTOR).set(LtiClaims.NAME, "Nguyễn Thị Lan")
                .set(LtiClaims.TARGET_LINK_URI, first.baseUrl() + "/launch/report");
        ToolClient browser = new ToolClient(at.baseUrl());
        launch(browser, at, claims);
        HttpResponse<String> staff = browser.admin("GET", "/api/admin/registrations/" + registrationId + "/staff", null, null);
        Matcher user = Pattern.compile("\\{[^}]*\"userId\"\\s*:\\s*(\\d+)[^}]*\\}").matcher(staff.body());
        String userId = null;
        while (user.find()) {
            if (user.group().contains("Lan") || userId == null) {
                userId = user.group(1);
            }
        }
        assertThat(userId).as(staff.body()).isNotNull();
        HttpResponse<String> designated = browser.admin("PUT", "/api/admin/registrations/" + registrationId
                + "/deployments/cluster-dep-1/counselors/" + userId, "application/json", "");
        assertThat(designated.statusCode()).as(designated.body()).isIn(200, 204);
        ToolClient counselor = new ToolClient(at.baseUrl());
        launch(counselor, at, claims);
        return counselor;
    }

    private static String schoolPublicId() throws Exception {
        HttpResponse<String> registrations = new ToolClient(first.baseUrl()).admin("GET", "/api/admin/registrations", null, null);
        Matcher m = Pattern.compile("\"publicId\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"").matcher(registrations.body());
        assertThat(m.find()).as(registrations.body()).isTrue();
        return m.group(1);
    }

    /** Accepted scores (answered 200 while the gradebook was up) per learner {@code userId}. */
    private static Map<String, Long> acceptedScoresPerLearner() {
        Pattern user = Pattern.compile("\"userId\"\\s*:\\s*\"([^\"]+)\"");
        Map<String, Long> accepted = new TreeMap<>();
        for (StubPlatformServices.Recorded score : agsAccepted) {
            Matcher m = user.matcher(score.body());
            assertThat(m.find()).as(score.body()).isTrue();
            accepted.merge(m.group(1), 1L, Long::sum);
        }
        return accepted;
    }

    private static String rating(PayaraInstance at, String url) throws Exception {
        ToolClient client = new ToolClient(at.baseUrl());
        HttpResponse<String> verdict = client.send(client.request("/api/urlcheck/check").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\"}")));
        assertThat(verdict.statusCode()).as(verdict.body()).isEqualTo(200);
        Matcher m = Pattern.compile("\"rating\":\"([A-Z]+)\",\"title\"").matcher(verdict.body());
        assertThat(m.find()).as(verdict.body()).isTrue();
        return m.group(1);
    }

    private static String domains(int count, List<String> extra) {
        return "# cluster test feed\n" + IntStream.range(0, count).mapToObj(i -> "bad-" + i + ".cluster.example")
                .collect(Collectors.joining("\n")) + "\n" + String.join("\n", extra) + "\n";
    }

    private static void assertBothInstancesReady() {
        for (PayaraInstance instance : new PayaraInstance[] {first, second}) {
            assertThat(instance.isReady()).as(instance + " still ready").isTrue();
        }
    }

    /** Polls {@code condition} every half second until it holds, for at most {@link #PATIENCE}. */
    private static void await(String what, Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + PATIENCE + ": " + what);
            }
            Thread.sleep(500);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static long nonceRows(String nonce) throws java.sql.SQLException {
        try (java.sql.Connection connection = database.dataSource().getConnection();
                java.sql.PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM lti_nonce WHERE nonce = ?")) {
            query.setString(1, nonce);
            try (java.sql.ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Map<String, String> login(ToolClient browser) throws Exception {
        return PlatformLaunch.login(browser, ISSUER, "cluster-client", "cluster-dep-1", "user-7",
                first.baseUrl() + "/launch/lessons");
    }

    private org.childsafe.lti.testplatform.LaunchClaimsBuilder claims(String nonce) {
        return platform.claims().nonce(nonce).set(LtiClaims.TARGET_LINK_URI, first.baseUrl() + "/launch/lessons");
    }

    private static HttpResponse<String> post(ToolClient browser, URI instance, Map<String, String> auth, String idToken)
            throws Exception {
        return PlatformLaunch.launch(browser, instance, auth, idToken);
    }
}
