package org.childsafe.urlcheck.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
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
 * Three instances of a cluster sharing one database: the first load on each, a forced refresh under the lease that
 * publishes a generation, followers that rebuild when the generation moves, a second instance refused the lease
 * while it is held, and a truncated feed that is refused while the last good snapshot stays in use.
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
        FeedRefresher a = refresher(checkerA, lease, sources);
        FeedRefresher b = refresher(checkerB, lease, sources);
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
    void keepsTheLastGoodSnapshotWhenAFeedShrinksTooMuch(TestDatabase database) throws IOException {
        PersistenceFixture db = persistence.on(database);
        FeedLease lease = new FeedLease(db.dataSource());
        Path feed = dir.resolve("truncated.txt");
        write(feed, 200);
        UrlChecker checker = checker();
        FeedRefresher refresher = refresher(checker, lease,
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
        FeedRefresher refresher = refresher(checker, new FeedLease(db.dataSource()),
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

    private static FeedRefresher refresher(UrlChecker checker, FeedLease lease, List<FeedSource> sources) {
        return new FeedRefresher(checker, UrlCheckConfig.forTests(360, 900, 0.5), lease, Clock.systemUTC(), sources);
    }

    private static void write(Path file, int domains) throws IOException {
        Files.writeString(file, "# test feed\n" + IntStream.range(0, domains).mapToObj(i -> "bad" + i + ".example")
                .collect(Collectors.joining("\n")) + "\n");
    }
}
