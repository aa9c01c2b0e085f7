package org.childsafe.urlcheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.childsafe.urlcheck.feeds.BuildListener;
import org.childsafe.urlcheck.feeds.FeedFormat;
import org.childsafe.urlcheck.feeds.FeedSnapshot;
import org.childsafe.urlcheck.feeds.FeedSource;
import org.childsafe.urlcheck.feeds.RefreshOutcome;
import org.childsafe.urlcheck.feeds.SnapshotBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Swapping snapshots while checks run: every verdict must come wholly from one snapshot (its freshness
 * version tells which, and its matches must be that snapshot's), and no check may fail.
 */
class UrlCheckerSwapTest {

    @TempDir
    Path dir;

    @Test
    void checksNeverSeeAMixOfTwoSnapshotsAndNeverFailDuringSwaps() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        SnapshotBuilder builder = new SnapshotBuilder(UrlCheckerTestData.CLOCK, 1.0);
        FeedSnapshot a = builder.build(List.of(UrlCheckerTestData.source(dir.resolve("a"), "malware", "x.example.com")),
                FeedSnapshot.empty(), BuildListener.NONE).current();
        RefreshOutcome outB = builder.build(List.of(UrlCheckerTestData.source(dir.resolve("b"), "malware",
                "y.example.com")), a, BuildListener.NONE);
        FeedSnapshot b = outB.current();
        assertThat(a.version()).isEqualTo(1);
        assertThat(b.version()).isEqualTo(2);

        UrlChecker checker = UrlCheckerTestData.emptyChecker();
        checker.swap(a);
        CheckPolicy policy = CheckPolicy.defaults(AgeBand.PRIMARY);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<long[]>> readers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                readers.add(pool.submit(() -> {
                    long[] seen = new long[3];
                    started.countDown();
                    while (!stop.get()) {
                        Verdict v = checker.check("http://x.example.com/page", policy);
                        long version = v.freshness().snapshotVersion();
                        boolean listed = v.rating() == Rating.UNSAFE;
                        if (listed != (version == 1)) {
                            throw new AssertionError("torn read: version " + version + " rating " + v.rating());
                        }
                        seen[(int) version]++;
                    }
                    return seen;
                }));
            }
            started.await();
            for (int i = 0; i < 20_000; i++) {
                checker.swap(i % 2 == 0 ? b : a);
            }
            stop.set(true);
            long[] total = new long[3];
            for (Future<long[]> r : readers) {
                long[] seen = r.get();
                total[1] += seen[1];
                total[2] += seen[2];
            }
            assertThat(total[1] + total[2]).isPositive();
            assertThat(total[0]).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refreshThatFailsKeepsTheLastGoodSnapshotInUse() throws Exception {
        UrlChecker checker = UrlCheckerTestData.checkerWith(UrlCheckerTestData.categories(dir));
        FeedSnapshot good = checker.current();
        FeedSource gone = new FeedSource("test-phishing", "CC0 1.0", FeedFormat.URLS,
                dir.resolve("gone.txt").toUri(), "phishing", "");

        RefreshOutcome out = checker.refresh(new SnapshotBuilder(UrlCheckerTestData.CLOCK, 0.5), List.of(gone),
                BuildListener.NONE);

        assertThat(out.status()).isEqualTo(RefreshOutcome.Status.FAILED);
        assertThat(checker.current()).isSameAs(good);
        assertThat(checker.check("http://phish.example.net/", CheckPolicy.defaults(AgeBand.PRIMARY)).rating())
                .isEqualTo(Rating.UNSAFE);
    }
}
