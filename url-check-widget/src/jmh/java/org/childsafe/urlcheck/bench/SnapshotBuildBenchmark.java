package org.childsafe.urlcheck.bench;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.childsafe.urlcheck.feeds.BuildListener;
import org.childsafe.urlcheck.feeds.FeedSnapshot;
import org.childsafe.urlcheck.feeds.FeedSource;
import org.childsafe.urlcheck.feeds.RefreshOutcome;
import org.childsafe.urlcheck.feeds.SnapshotBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a 5 M-entry snapshot from the feed files (read, parse, fingerprint, sort, merge), side by side with
 * filling a {@code HashSet<String>} from the same files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class SnapshotBuildBenchmark {

    private List<FeedSource> sources;
    private final SnapshotBuilder builder = new SnapshotBuilder(Clock.systemUTC(), 0.5);

    @Setup
    public void setUp() {
        sources = BenchData.sources(BenchData.TARGET_ENTRIES - BenchData.REAL_ENTRIES_ESTIMATE);
    }

    @Benchmark
    public FeedSnapshot buildSnapshot() {
        RefreshOutcome out = builder.build(sources, FeedSnapshot.empty(), BuildListener.NONE);
        if (out.status() != RefreshOutcome.Status.SWAPPED) {
            throw new IllegalStateException(out.code());
        }
        return out.current();
    }

    @Benchmark
    public Set<String> buildHashSetBaseline() throws java.io.IOException {
        Set<String> set = new HashSet<>();
        java.nio.file.Path root = BenchData.feedsRoot().resolve("ut1/blacklists");
        for (String c : java.nio.file.Files.readAllLines(root.resolve("categories.txt"))) {
            java.nio.file.Path d = root.resolve(c + "/domains");
            if (!c.startsWith("#") && java.nio.file.Files.exists(d)) {
                for (String line : java.nio.file.Files.readAllLines(d)) {
                    set.add(line.strip().toLowerCase(java.util.Locale.ROOT) + "/");
                }
            }
        }
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(sources.get(2).location()))) {
            set.add(line + "/");
        }
        return set;
    }
}
