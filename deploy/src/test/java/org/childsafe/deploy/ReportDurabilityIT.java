package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("<form id=\"(report|access)\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern PUBLIC_ID = Pattern.compile("\"publicId\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");
    private static final Pattern CODE = Pattern.compile("<code id=\"caseCode\">([^<]+)</code>");
    private static final Pattern PASSCODE = Pattern.compile("<code id=\"passcode\">([^<]+)</code>");

    private static TestDatabase.Created database;
    private static final List<PayaraInstance> instances = new ArrayList<>();

    record Receipt(String code, String passcode) {
    }

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
        String publicId = demoSchool(first.baseUrl());
        List<Receipt> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService reporters = Executors.newFixedThreadPool(2);
        for (int r = 0; r < 2; r++) {
            reporters.submit(() -> {
                while (!killed.get()) {
                    try {
                        acknowledged.add(report(first.baseUrl(), publicId));
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
            assertThat(open(second.baseUrl(), publicId, receipt)).as("case " + receipt.code() + " after the kill")
                    .contains("id=\"viewCode\">" + receipt.code());
        }
    }

    private static PayaraInstance start(String name, int port, Map<String, String> settings, List<String> options)
            throws Exception {
        PayaraInstance instance = PayaraInstance.start(name, port, settings, options);
        instances.add(instance);
        return instance.awaitReady(Duration.ofMinutes(10));
    }

    private static String demoSchool(URI base) throws Exception {
        HttpResponse<String> registrations = new ToolClient(base).admin("GET", "/api/admin/registrations", null, null);
        Matcher m = PUBLIC_ID.matcher(registrations.body());
        assertThat(m.find()).as(registrations.body()).isTrue();
        return m.group(1);
    }

    /** One anonymous report through the public page, to the receipt. */
    private static Receipt report(URI base, String publicId) throws Exception {
        ToolClient browser = new ToolClient(base);
        String body = browser.get("/p/report/" + publicId).body();
        body = post(browser, body, "report", Map.of("report:dangerNo", "x"));
        body = post(browser, body, "report", Map.of("report:categories", "BULLYING", "report:next2", "x"));
        body = post(browser, body, "report", Map.of("report:whatHappened", "Bị chặn đường sau giờ học", "report:next3", "x"));
        body = post(browser, body, "report", Map.of("report:affected", "ME", "report:next4", "x"));
        String receipt = send(browser, body);
        return new Receipt(group(CODE, receipt), group(PASSCODE, receipt));
    }

    private static String open(URI base, String publicId, Receipt receipt) throws Exception {
        ToolClient browser = new ToolClient(base);
        String page = browser.get("/p/report/" + publicId + "/case").body();
        return post(browser, page, "access", Map.of("access:code", receipt.code(), "access:passcode", receipt.passcode(),
                "access:open", "x"));
    }

    private static String post(ToolClient browser, String page, String form, Map<String, String> fields) throws Exception {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        all.put("jakarta.faces.ViewState", group(VIEW_STATE, page));
        all.putAll(fields);
        HttpResponse<String> response = browser.postForm(action(page, form), all);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The review step is multipart (it has the screenshot field), as a browser sends it; no file attached. */
    private static String send(ToolClient browser, String page) throws Exception {
        String boundary = "----durability" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("report", "report");
        all.put("jakarta.faces.ViewState", group(VIEW_STATE, page));
        all.put("report:send", "x");
        for (Map.Entry<String, String> field : all.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = browser.send(browser.request(action(page, "report"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String action(String page, String form) {
        Matcher m = ACTION.matcher(page);
        while (m.find()) {
            if (m.group(1).equals(form)) {
                return m.group(2).replace("&amp;", "&");
            }
        }
        throw new AssertionError("no form " + form);
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError(pattern + " not in page");
        }
        return m.group(1);
    }
}
