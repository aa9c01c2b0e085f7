package org.childsafe.urlcheck.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.lti.testplatform.MutableClock;
import org.childsafe.urlcheck.UrlCheckConfig;
import org.childsafe.urlcheck.feeds.FeedFormat;
import org.childsafe.urlcheck.feeds.FeedSnapshot;
import org.childsafe.urlcheck.feeds.FeedSource;
import org.childsafe.urlcheck.lookalike.LookalikeDetector;
import org.childsafe.urlcheck.lookalike.ProtectedDomains;
import org.childsafe.urlcheck.lookalike.Shorteners;
import org.childsafe.urlcheck.school.UrlCheckTestDatabase;
import org.childsafe.urlcheck.verdict.CheckPolicy;
import org.childsafe.urlcheck.verdict.AgeBand;
import org.childsafe.urlcheck.verdict.Rating;
import org.childsafe.urlcheck.verdict.UrlChecker;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Instances of a cluster sharing one database: the first load on each, a forced refresh under the lease that
 * publishes a generation, followers that rebuild when the generation moves, a second instance refused the lease
 * while it is held, a remote feed (on a loopback HTTP server) downloaded once per refresh round while the other
 * instances and a restarted one build from the stored copy, and a truncated feed that is refused while the last
 * good snapshot stays in use.
 */
class FeedRefresherIT {

    @RegisterExtension
    static final TestPersistence persistence = UrlCheckTestDatabase.persistence();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void refreshesOncePerClusterAndEveryInstanceFollows(TestDatabase database) throws IOException {
        PersistenceFixture db = persistence.on(database);
        FeedLease lease = new FeedLease(db.dataSource());
        Path feed = dir.resolve("bad-domains.txt");
        write(feed, 100);
        List<FeedSource> sources = List.of(new FeedSource("test", "CC0", FeedFormat.DOMAINS, feed.toUri(), "malware", ""));
        UrlChecker checkerA = checker();
        UrlChecker checkerB = checker();
        FeedRefresher a = refresher(checkerA, db, sources);
        FeedRefresher b = refresher(checkerB, db, sources);
        long start = lease.read().generation();

        assertThat(a.tick()).isEqualTo("initial");
        assertThat(b.tick()).isEqualTo("initial");
        assertThat(checkerA.current().version()).isEqualTo(1);
        assertThat(checkerA.check("http://bad42.example/", CheckPolicy.defaults(AgeBand.PRIMARY)).rating()).isEqualTo(Rating.UNSAFE);
        assertThat(a.tick()).as("just loaded: not due").isEqualTo("idle");

        write(feed, 120);
        lease.tryAcquire("someone-else", java.time.Instant.now(), java.time.Instant.now().plusSeconds(600));
        a.refreshSoon();
        assertThat(a.tick()).isEqualTo("lease-taken");
        lease.release("someone-else");

        assertThat(a.tick()).isEqualTo("refresh");
        assertThat(lease.read().generation()).isEqualTo(start + 1);
        assertThat(checkerA.current().entryCount()).isEqualTo(120);
        assertThat(checkerB.current().entryCount()).as("B has not polled yet").isEqualTo(100);

        assertThat(b.tick()).isEqualTo("follow");
        assertThat(checkerB.current().entryCount()).isEqualTo(120);
        assertThat(checkerB.check("http://bad110.example/", CheckPolicy.defaults(AgeBand.PRIMARY)).rating()).isEqualTo(Rating.UNSAFE);
        assertThat(b.tick()).isEqualTo("idle");
        assertThat(a.status().generation()).isEqualTo(start + 1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void downloadsARemoteFeedOncePerRoundAndTheOtherInstancesBuildFromTheStoredCopy(TestDatabase database) throws IOException {
        PersistenceFixture db = persistence.on(database);
        resetLease(db);
        MutableClock clock = MutableClock.startingNow();
        AtomicReference<String> served = new AtomicReference<>(domains(100));
        AtomicInteger fetches = new AtomicInteger();
        HttpServer feedServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feedServer.createContext("/bad-domains.txt", exchange -> {
            fetches.incrementAndGet();
            byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        feedServer.start();
        try {
            URI location = URI.create("http://127.0.0.1:" + feedServer.getAddress().getPort() + "/bad-domains.txt");
            List<FeedSource> sources = List.of(new FeedSource("mirror", "CC0", FeedFormat.DOMAINS, location, "malware", ""));
            UrlChecker checkerA = checker();
            UrlChecker checkerB = checker();
            FeedRefresher a = refresher(checkerA, db, sources, clock, 1);
            FeedRefresher b = refresher(checkerB, db, sources, clock, 1);

            assertThat(a.tick()).as("nothing published yet: the first download is a refresh").isEqualTo("refresh");
            assertThat(b.tick()).as("B starts from A's stored copy").isEqualTo("initial");
            assertThat(fetches).hasValue(1);
            assertThat(checkerB.current().entryCount()).isEqualTo(100);
            String firstDownload = lease(db).downloadId();

            served.set(domains(120));
            clock.advance(Duration.ofMinutes(2));
            assertThat(b.tick()).as("due again two minutes later: a successful build does not hold the schedule back")
                    .isEqualTo("refresh");
            assertThat(a.tick()).isEqualTo("follow");
            assertThat(fetches).as("one download per round for the whole cluster").hasValue(2);
            assertThat(lease(db).generation()).isEqualTo(2);
            for (UrlChecker checker : List.of(checkerA, checkerB)) {
                assertThat(checker.current().entryCount()).isEqualTo(120);
                assertThat(checker.check("http://bad110.example/", CheckPolicy.defaults(AgeBand.PRIMARY)).rating())
                        .isEqualTo(Rating.UNSAFE);
            }

            UrlChecker restarted = checker();
            assertThat(refresher(restarted, db, sources, clock, 1).tick()).isEqualTo("initial");
            assertThat(restarted.current().entryCount()).as("a restarted instance builds from the copy").isEqualTo(120);
            assertThat(fetches).hasValue(2);
            assertThat(storedDownloads(db)).containsExactlyInAnyOrder(firstDownload, lease(db).downloadId());

            String secondDownload = lease(db).downloadId();
            served.set(domains(130));
            clock.advance(Duration.ofMinutes(2));
            assertThat(a.tick()).isEqualTo("refresh");
            assertThat(b.tick()).isEqualTo("follow");
            assertThat(fetches).hasValue(3);
            assertThat(checkerB.current().entryCount()).isEqualTo(130);
            assertThat(storedDownloads(db)).as("the published download and the one before are kept, older ones deleted")
                    .containsExactlyInAnyOrder(secondDownload, lease(db).downloadId());
        } finally {
            feedServer.stop(0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void keepsTheLastGoodSnapshotWhenAFeedShrinksTooMuch(TestDatabase database) throws IOException {
        PersistenceFixture db = persistence.on(database);
        FeedLease lease = new FeedLease(db.dataSource());
        Path feed = dir.resolve("truncated.txt");
        write(feed, 200);
        UrlChecker checker = checker();
        FeedRefresher refresher = refresher(checker, db,
                List.of(new FeedSource("test", "CC0", FeedFormat.DOMAINS, feed.toUri(), "malware", "")));
        refresher.tick();
        FeedSnapshot good = checker.current();
        long generation = lease.read().generation();

        write(feed, 20);
        refresher.refreshSoon();
        assertThat(refresher.tick()).isEqualTo("refresh");

        assertThat(checker.current()).isSameAs(good);
        FeedStatus status = refresher.status();
        assertThat(status.state()).isEqualTo("READY");
        assertThat(status.lastOutcome()).isEqualTo("REFUSED");
        assertThat(status.failureCode()).isEqualTo("urlcheck.feed.size_drop");
        assertThat(status.entries()).isEqualTo(200);
        assertThat(lease.read().generation()).as("nothing published").isEqualTo(generation);
        assertThat(lease.read().holder()).as("lease released").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void reportsAnUnreadableSourceAndStaysEmptyButUsable(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        UrlChecker checker = checker();
        FeedRefresher refresher = refresher(checker, db,
                List.of(new FeedSource("missing", "CC0", FeedFormat.DOMAINS, dir.resolve("nope.txt").toUri(), "malware", "")));

        assertThat(refresher.tick()).isEqualTo("initial");

        FeedStatus status = refresher.status();
        assertThat(status.state()).isEqualTo("EMPTY");
        assertThat(status.failureCode()).isEqualTo("urlcheck.feed.unreadable");
        assertThat(checker.check("http://192.168.0.1/", CheckPolicy.defaults(AgeBand.PRIMARY)).rating())
                .as("warnings work without feeds").isEqualTo(Rating.CAUTION);
    }

    private static UrlChecker checker() {
        return new UrlChecker(FeedSnapshot.empty(), new LookalikeDetector(ProtectedDomains.bundled()), Shorteners.bundled());
    }

    private static FeedRefresher refresher(UrlChecker checker, PersistenceFixture db, List<FeedSource> sources) {
        return refresher(checker, db, sources, Clock.systemUTC(), 360);
    }

    private static FeedRefresher refresher(UrlChecker checker, PersistenceFixture db, List<FeedSource> sources, Clock clock,
            int refreshMinutes) {
        return new FeedRefresher(checker, UrlCheckConfig.forTests(refreshMinutes, 900, 0.5), new FeedLease(db.dataSource()),
                new FeedCopies(db.dataSource()), clock, sources);
    }

    private static String domains(int count) {
        return "# test feed\n" + IntStream.range(0, count).mapToObj(i -> "bad" + i + ".example")
                .collect(Collectors.joining("\n")) + "\n";
    }

    private static FeedLease.State lease(PersistenceFixture db) {
        return new FeedLease(db.dataSource()).read();
    }

    /** A lease row as a new installation has it (tests of this class share one database). */
    private static void resetLease(PersistenceFixture db) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE urlcheck_feed_lease SET holder = NULL, expires_at = NULL, generation = 0,"
                    + " published_at = NULL, download_id = NULL");
            s.executeUpdate("DELETE FROM urlcheck_feed_copy");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> storedDownloads(PersistenceFixture db) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT DISTINCT download_id FROM urlcheck_feed_copy")) {
            List<String> ids = new java.util.ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, int domains) throws IOException {
        Files.writeString(file, "# test feed\n" + IntStream.range(0, domains).mapToObj(i -> "bad" + i + ".example")
                .collect(Collectors.joining("\n")) + "\n");
    }
}
