package org.childsafe.report.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.lti.registration.application.School;
import org.childsafe.report.cases.domain.AffectedPerson;
import org.childsafe.report.cases.domain.Answer;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.ReportSource;
import org.childsafe.report.cases.infrastructure.JpaReportCaseRepository;
import org.childsafe.report.cases.infrastructure.ReportPersistence;
import org.childsafe.report.intake.ReportDraft;
import org.childsafe.report.intake.ReportServices;

/**
 * Measures durable, encrypted report submissions per second on embedded PostgreSQL (fsync on, one commit per
 * report) through the real {@code ReportIntakeService}: validation, PBKDF2 passcode hash, per-case data key, AES-GCM
 * content, Flyway-migrated schema, audit row. Prints the figures for docs/performance.md. Bounded by the duration
 * given; no network.
 *
 * <p>Run: {@code ./mvnw -pl report-widget test-compile exec:java} is not configured; use the failsafe classpath:
 * {@code java -cp "$(cat report-widget/target/test-classpath.txt):report-widget/target/classes:report-widget/target/test-classes"
 * org.childsafe.report.load.ReportSubmitLoadDriver 2 20} (threads, seconds).
 */
public final class ReportSubmitLoadDriver {

    private ReportSubmitLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int seconds = Math.min(args.length > 1 ? Integer.parseInt(args[1]) : 20, 300);
        TestPersistence persistence = ReportPersistence.extension();
        try (PersistenceFixture db = persistence.open(TestDatabase.POSTGRES, "load")) {
            long school = ReportPersistence.newSchool(db);
            ReportServices services = new ReportServices();
            run(db, services, school, threads, 3);
            long before = count(db, school);
            long[] result = run(db, services, school, threads, seconds);
            long after = count(db, school);
            System.out.printf("threads=%d seconds=%d cpus=%d%n", threads, seconds, Runtime.getRuntime().availableProcessors());
            System.out.printf("acknowledged=%d failed=%d stored(after-before)=%d%n", result[0], result[1], after - before);
            System.out.printf("durable encrypted submits: %.1f reports/s (%.0f ms per report per thread)%n",
                    result[0] / (double) seconds, threads * seconds * 1000.0 / Math.max(1, result[0]));
        }
    }

    private static long[] run(PersistenceFixture db, ReportServices services, long school, int threads, int seconds)
            throws Exception {
        School target = new School(school, 1, "https://lms.example.edu", "dep-1", null, "load" + school);
        ReportDraft draft = new ReportDraft(Set.of(Category.BULLYING, Category.BAD_LINK),
                "Một nhóm bạn lập nhóm chat để chế giễu em mỗi tối, gửi ảnh chế và đe doạ. ".repeat(8), "tuần trước",
                "Messenger", "https://example.invalid/a\nexample.invalid/b", "@nhomxau", AffectedPerson.ME, Answer.NO,
                false, null, null, "vi");
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        db.fromTransaction(em -> services.intake(em).submit(target, draft, List.of(), null,
                                ReportSource.PUBLIC_PAGE));
                        ok.increment();
                    } catch (RuntimeException e) {
                        failed.increment();
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return new long[] {ok.sum(), failed.sum()};
    }

    private static long count(PersistenceFixture db, long school) {
        return db.fromTransaction(em -> new JpaReportCaseRepository(em).count(school));
    }
}
