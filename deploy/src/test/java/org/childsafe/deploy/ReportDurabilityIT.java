package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.childsafe.deploy.AnonymousReporter.Receipt;
import org.childsafe.lti.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * "A report once acknowledged is never lost, even if the process dies", with a real process and a real kill:
 * the runnable jar on PostgreSQL takes anonymous reports from two reporters at once through the school's public
 * page; while they are submitting it is killed with {@code kill -9}; a new process on the same database and key
 * material then opens every case whose receipt (case code + passcode) a reporter had been shown.
 */
class ReportDurabilityIT {

    private static TestDatabase.Created database;
    private static final List<PayaraInstance> instances = new ArrayList<>();

    @AfterAll
    static void stopEverything() throws Exception {
        for (PayaraInstance instance : instances) {
            instance.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyAcknowledgedReportSurvivesAKillDuringSubmissions() throws Exception {
        database = TestDatabase.POSTGRES.create("ReportDurabilityIT");
        Path dataDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "durability-data-");
        int port = Integer.parseInt(System.getProperty("it.http.port", "18080")) + 300;
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("tool.mode", "demo");
        settings.put("tool.base-url", "http://localhost:" + port);
        settings.put("tool.data-dir", dataDir.toString());
        settings.put("tool.admin.password", SuiteDeployment.adminPassword());
        settings.put("report.limits.submissions-per-hour", "10000");
        settings.put("report.limits.access-attempts-per-hour", "10000");
        settings.put("db.url", ((PGSimpleDataSource) database.dataSource()).getUrl());
        settings.put("db.user", "postgres");
        settings.put("db.password", "unused-trust-auth");
        settings.put("db.datasource-class", "org.postgresql.ds.PGSimpleDataSource");
        List<String> single = List.of("--nocluster");

        PayaraInstance first = start("durability-1", port, settings, single);
        String publicId = AnonymousReporter.schoolPublicId(first.baseUrl());
        List<Receipt> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService reporters = Executors.newFixedThreadPool(2);
        for (int r = 0; r < 2; r++) {
            reporters.submit(() -> {
                while (!killed.get()) {
                    try {
                        acknowledged.add(AnonymousReporter.report(first.baseUrl(), publicId));
                    } catch (Exception | AssertionError interrupted) {
                        // the server died under this reporter: only receipts shown before count
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (acknowledged.size() < 6 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        first.kill();
        killed.set(true);
        reporters.shutdown();
        assertThat(reporters.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        List<Receipt> shown = List.copyOf(acknowledged);
        assertThat(shown).as("reports acknowledged before the kill").hasSizeGreaterThanOrEqualTo(6);

        PayaraInstance second = start("durability-2", port, settings, single);
        for (Receipt receipt : shown) {
            assertThat(AnonymousReporter.opened(AnonymousReporter.open(second.baseUrl(), publicId, receipt), receipt))
                    .as("case " + receipt.code() + " after the kill").isTrue();
        }
    }

    private static PayaraInstance start(String name, int port, Map<String, String> settings, List<String> options)
            throws Exception {
        PayaraInstance instance = PayaraInstance.start(name, port, settings, options);
        instances.add(instance);
        return instance.awaitReady(Duration.ofMinutes(10));
    }
}
