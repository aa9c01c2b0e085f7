package org.childsafe.urlcheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.function.Consumer;
import org.childsafe.urlcheck.canonical.CanonicalUrl;
import org.childsafe.urlcheck.canonical.Canonicalizer;
import org.childsafe.urlcheck.canonical.LookupExpressions;
import org.childsafe.urlcheck.canonical.RegistrableDomains;
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

/**
 * CPU time (not wall time) per stage of a check and of a snapshot build, from the thread's own CPU clock, so
 * the figures hold on a machine shared with other builds. Complements the JMH wall-clock figures.
 */
public final class StageProfile {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int generated = BenchData.TARGET_ENTRIES - BenchData.REAL_ENTRIES_ESTIMATE;
        BenchData.generated(generated);
        UrlChecker checker = new UrlChecker(FeedSnapshot.empty(), new LookalikeDetector(ProtectedDomains.bundled()),
                Shorteners.bundled());
        for (int i = 0; i < (args.length > 0 ? Integer.parseInt(args[0]) : 1); i++) {
            long c0 = MX.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            RefreshOutcome out = new SnapshotBuilder(Clock.systemUTC(), 1.0).build(BenchData.sources(generated),
                    FeedSnapshot.empty(), BuildListener.NONE);
            System.out.printf("build: %d entries, cpu(this thread) %d ms, wall %d ms%n", out.current().entryCount(),
                    (MX.getCurrentThreadCpuTime() - c0) / 1_000_000, (System.nanoTime() - w0) / 1_000_000);
            checker.swap(out.current());
        }
        String[] urls = BenchData.urls();
        CheckPolicy policy = CheckPolicy.defaults(AgeBand.PRIMARY);
        LookalikeDetector look = new LookalikeDetector(ProtectedDomains.bundled());
        FeedSnapshot s = checker.current();
        for (int round = 0; round < 3; round++) {
            stage("canonicalize", urls, Canonicalizer::canonicalize);
            stage("canonicalize+fingerprints+find", urls, u -> {
                CanonicalUrl c = Canonicalizer.canonicalize(u);
                long[] f = new long[30];
                int n = LookupExpressions.fingerprints(c, f);
                for (int i = 0; i < n; i++) {
                    s.find(f[i]);
                }
            });
            stage("registrableDomain", urls, u -> RegistrableDomains.of(Canonicalizer.canonicalize(u).host()));
            stage("lookalike", urls, u -> {
                CanonicalUrl c = Canonicalizer.canonicalize(u);
                look.inspect(c, RegistrableDomains.of(c.host()));
            });
            stage("check (full verdict)", urls, u -> checker.check(u, policy));
            stage("check, cold distinct hosts", BenchData.coldUrls(), u -> checker.check(u, policy));
        }
    }

    private static void stage(String name, String[] urls, Consumer<String> op) {
        int n = 2_000_000;
        for (int i = 0; i < 200_000; i++) {
            op.accept(urls[i % urls.length]);
        }
        long c0 = MX.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            op.accept(urls[i % urls.length]);
        }
        long cpu = MX.getCurrentThreadCpuTime() - c0;
        System.out.printf("%-34s %7.0f ns/op cpu (mean over %d)%n", name, (double) cpu / n, n);
    }
}
