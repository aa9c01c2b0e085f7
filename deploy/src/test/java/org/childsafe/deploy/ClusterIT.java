package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.testplatform.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two instances of the runnable jar on loopback as one Payara Micro cluster (Hazelcast, TCP/IP discovery on
 * 127.0.0.1), in production mode, sharing one real PostgreSQL — the shape of the Kubernetes deployment on one
 * machine. A launch started on one instance completes on the other (state and nonce live in the database), and a
 * launch replayed on the other instance is refused; its nonce is stored once, where both instances check it.
 */
class ClusterIT {

    private static final String ISSUER = "https://lms.cluster.example";

    private static TestDatabase.Created database;
    private static PayaraInstance first;
    private static PayaraInstance second;
    private static TestPlatform platform;

    @BeforeAll
    static void startTwoInstancesOnOnePostgres() throws Exception {
        database = TestDatabase.POSTGRES.create("ClusterIT");
        String jdbcUrl = ((PGSimpleDataSource) database.dataSource()).getUrl();
        int port = Integer.parseInt(System.getProperty("it.http.port", "18080")) + 200;
        // Both instances are one tool behind one address: the same base URL, key-encryption key and database.
        LoopbackCluster cluster = new LoopbackCluster(port, port + 50, jdbcUrl, "childsafe-cluster-it");
        Map<String, String> settings = cluster.settings();
        first = PayaraInstance.start("cluster-a", port, settings, cluster.options(2));
        second = PayaraInstance.start("cluster-b", port + 1, settings, cluster.options(2));
        first.awaitReady(Duration.ofMinutes(10));
        second.awaitReady(Duration.ofMinutes(10));

        platform = RegisteredPlatform.register(first.baseUrl(), ISSUER, "cluster-client", "cluster-dep-1", "Cluster").platform();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (platform != null) {
            platform.close();
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
