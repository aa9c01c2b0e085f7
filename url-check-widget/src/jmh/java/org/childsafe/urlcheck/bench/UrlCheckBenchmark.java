package org.childsafe.urlcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.childsafe.urlcheck.canonical.CanonicalUrl;
import org.childsafe.urlcheck.canonical.Canonicalizer;
import org.childsafe.urlcheck.canonical.LookupExpressions;
import org.childsafe.urlcheck.feeds.BuildListener;
import org.childsafe.urlcheck.feeds.FeedSnapshot;
import org.childsafe.urlcheck.feeds.RefreshOutcome;
import org.childsafe.urlcheck.feeds.SnapshotBuilder;
import org.childsafe.urlcheck.lookalike.LookalikeDetector;
import org.childsafe.urlcheck.lookalike.ProtectedDomains;
import org.childsafe.urlcheck.lookalike.Shorteners;
import org.childsafe.urlcheck.verdict.AgeBand;
import org.childsafe.urlcheck.verdict.CheckPolicy;
import org.childsafe.urlcheck.verdict.UrlChecker;
import org.childsafe.urlcheck.verdict.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Raw URL string → verdict at 5 M index entries, side by side with a {@code HashSet<String>} of the same
 * expressions. Run with {@code -Pbenchmarks} (see docs/performance.md). Memory figures are printed by
 * {@link #setUp()} ("FOOTPRINT …" lines).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Threads(1)
public class UrlCheckBenchmark {

    private UrlChecker checker;
    private Set<String> hashSet;
    private String[] urls;
    private String[] cold;
    private int next;
    private int nextCold;
    private final CheckPolicy policy = CheckPolicy.defaults(AgeBand.PRIMARY);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        checker = new UrlChecker(FeedSnapshot.empty(), new LookalikeDetector(ProtectedDomains.bundled()),
                Shorteners.bundled());
        int generated = BenchData.TARGET_ENTRIES - BenchData.REAL_ENTRIES_ESTIMATE;
        long t0 = System.nanoTime();
        RefreshOutcome out = checker.refresh(new SnapshotBuilder(Clock.systemUTC(), 0.5), BenchData.sources(generated),
                BuildListener.NONE);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        FeedSnapshot s = out.current();
        System.out.printf("%nFOOTPRINT index: %d entries, %d bytes in arrays = %.2f bytes/entry, %d category sets, "
                + "build %d ms (status %s)%n", s.entryCount(), s.indexBytes(), (double) s.indexBytes() / s.entryCount(),
                s.categorySetCount(), buildMs, out.status());

        // The baseline holds the same expressions as strings: every domain as "domain/", as the index does.
        long before = usedAfterGc();
        hashSet = new HashSet<>();
        for (var src : BenchData.sources(generated)) {
            if (src.name().equals("generated")) {
                for (String line : Files.readAllLines(java.nio.file.Path.of(src.location()), StandardCharsets.US_ASCII)) {
                    hashSet.add(line + "/");
                }
            }
        }
        for (String line : Files.readAllLines(BenchData.feedsRoot().resolve("urlhaus/urlhaus-filter.txt"))) {
            if (!line.startsWith("!") && !line.isBlank()) {
                hashSet.add(line.startsWith("||") ? line.substring(2).replaceAll("[\\^$].*", "") : line + "/");
            }
        }
        List<String> cats = Files.readAllLines(BenchData.feedsRoot().resolve("ut1/blacklists/categories.txt"));
        for (String c : cats) {
            java.nio.file.Path d = BenchData.feedsRoot().resolve("ut1/blacklists/" + c + "/domains");
            if (!c.startsWith("#") && Files.exists(d)) {
                for (String line : Files.readAllLines(d)) {
                    hashSet.add(line.strip() + "/");
                }
            }
        }
        long after = usedAfterGc();
        System.out.printf("FOOTPRINT HashSet<String>: %d entries, %d bytes (heap delta) = %.2f bytes/entry%n",
                hashSet.size(), after - before, (double) (after - before) / hashSet.size());
        urls = BenchData.urls();
        cold = BenchData.coldUrls();
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private String nextUrl() {
        next = (next + 1) & 1023;
        return urls[next];
    }

    /** The product path: raw string → canonical URL → expressions → index → PSL → look-alike → verdict. */
    @Benchmark
    public Verdict checkToVerdict() {
        return checker.check(nextUrl(), policy);
    }

    /** The product path on links with distinct, unlisted hosts: no cache helps, every probe misses. */
    @Benchmark
    public Verdict checkToVerdictColdHosts() {
        nextCold = (nextCold + 1) & 65535;
        return checker.check(cold[nextCold], policy);
    }

    /** Same lookups without verdict composition: canonicalise, fingerprint, probe the index. */
    @Benchmark
    public int indexLookupOnly() {
        CanonicalUrl url = Canonicalizer.canonicalize(nextUrl());
        long[] fps = new long[LookupExpressions.MAX];
        int n = LookupExpressions.fingerprints(url, fps);
        FeedSnapshot s = checker.current();
        int hits = 0;
        for (int i = 0; i < n; i++) {
            hits += s.find(fps[i]) >= 0 ? 1 : 0;
        }
        return hits;
    }

    /** Baseline: canonicalise, build the expression strings, probe a HashSet<String>. */
    @Benchmark
    public int hashSetBaseline() {
        CanonicalUrl url = Canonicalizer.canonicalize(nextUrl());
        int hits = 0;
        for (String e : LookupExpressions.of(url)) {
            hits += hashSet.contains(e) ? 1 : 0;
        }
        return hits;
    }
}
