package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.childsafe.deploy.lessons.LessonHttpPlayer;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.testplatform.LaunchClaimsBuilder;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Observability of the real suite on Payara Micro (issue 7, ADR 0015): real launches, a refused launch, link
 * checks, an anonymous report and a score the platform cannot take move the {@code childsafe_*} metrics at
 * {@code /metrics} by exactly what happened; the outbox gauges show rows that really wait; nothing in
 * {@code /metrics} or in the server log of the whole flow names the user, the report or the link; and
 * {@code /openapi} documents every JAX-RS resource method found in the WAR's classes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObservabilityIT {

    // Personal values of the flow: none may reach the server log or /metrics.
    private static final String SUB = "sub-ngoc-7781";
    private static final String GIVEN = "Bích Ngọc";
    private static final String FAMILY = "Trần Thị";
    private static final String NAME = "Trần Thị Bích Ngọc";
    private static final String EMAIL = "ngoc.tran2013@truong.example";
    private static final String REPORT_TEXT = "Anh Lê Văn Hùng nhắn tin đe doạ em mỗi tối";
    private static final String CHECKED_PATH = "ngoc-tran-2013-nha-o-quan-7";

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("<form id=\"(report)\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern PUBLIC_ID = Pattern.compile("\"publicId\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");
    private static final Set<String> LABELS = Set.of("message_type", "code", "verdict", "category", "status", "outbox",
            "lesson", "mp_scope");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final ToolClient client = new ToolClient(SuiteDeployment.baseUrl());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war().addClasses(LogCaptureTestServlet.class, OutboxRowsTestServlet.class,
                GradeSubmitTestServlet.class);
    }

    @Test
    void countsWhatHappenedShowsWaitingRowsAndLogsNoPersonalData() throws Exception {
        LessonHttpPlayer lesson = new LessonHttpPlayer(LessonHttpPlayer.shortestLesson());
        assertThat(client.send(client.request("/test-observe/log").POST(HttpRequest.BodyPublishers.noBody())).statusCode())
                .isEqualTo(204);
        PrometheusText before = scrape();

        try (RegisteredPlatform lms = RegisteredPlatform.register(SuiteDeployment.baseUrl(), "https://observe.it.example",
                "observe-client", "observe-dep-1", "Observe IT")) {
            ToolClient learner = new ToolClient(SuiteDeployment.baseUrl());
            assertThat(launch(learner, lms, "urlcheck", identity(lms)).statusCode()).isEqualTo(303);
            HttpResponse<String> graded = learner.send(learner.request("/w/test-grade/submit?score=70")
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(graded.body()).as("no AGS claim: queued, then refused as ags.unavailable").startsWith("PENDING");
            assertThat(launch(new ToolClient(SuiteDeployment.baseUrl()), lms, "report", identity(lms)).statusCode())
                    .isEqualTo(303);
            assertThat(forgedLaunch(lms).statusCode()).isEqualTo(401);
            ToolClient pupil = new ToolClient(SuiteDeployment.baseUrl());
            assertThat(launch(pupil, lms, "lessons", identity(lms)).statusCode()).isEqualTo(303);
            String opened = FacesPages.ok(pupil.get("/w/lessons/lesson.xhtml?id=" + lesson.lesson().id()));
            assertThat(lesson.playToTheEnd(opened, (page, fields) -> FacesPages.post(pupil, page, "player", fields)))
                    .contains("id=\"score-value\"");

            assertThat(check("https://example.com/hoc-sinh/" + CHECKED_PATH).body()).contains("\"rating\":\"SAFE\"");
            assertThat(check("http://0x7f.1/" + CHECKED_PATH).body()).contains("\"rating\":\"CAUTION\"");
            report(publicId(lms.registrationId()));
        }

        // Two scores without an AGS claim (the test servlet's and the completed lesson's): both refused.
        PrometheusText after = scrapeUntil(m -> m.sum("childsafe_ags_failures_total", Map.of("code", "ags.unavailable"))
                >= before.sum("childsafe_ags_failures_total", Map.of("code", "ags.unavailable")) + 2
                && m.sum("childsafe_report_cases", Map.of("status", "NEW")) > before.sum("childsafe_report_cases",
                Map.of("status", "NEW")));
        assertMoved(before, after, "childsafe_lti_launches_accepted_total", Map.of("message_type", "LtiResourceLinkRequest"), 3);
        assertMoved(before, after, "childsafe_lessons_completions_total", Map.of("lesson", lesson.lesson().id()), 1);
        assertMoved(before, after, "childsafe_lessons_completions_total", Map.of(), 1);
        assertMoved(before, after, "childsafe_lti_launches_refused_total", Map.of("code", "lti.invalid_signature"), 1);
        assertMoved(before, after, "childsafe_lti_launches_refused_total", Map.of(), 1);
        assertMoved(before, after, "childsafe_urlcheck_checks_total", Map.of("verdict", "safe"), 1);
        assertMoved(before, after, "childsafe_urlcheck_checks_total", Map.of("verdict", "caution"), 1);
        assertMoved(before, after, "childsafe_urlcheck_categories_total", Map.of("verdict", "safe", "category", "none"), 1);
        assertMoved(before, after, "childsafe_ags_failures_total", Map.of("code", "ags.unavailable"), 2);
        assertMoved(before, after, "childsafe_ags_failures_total", Map.of(), 2);
        assertMoved(before, after, "childsafe_report_cases", Map.of("status", "NEW"), 1);
        assertMoved(before, after, "childsafe_report_cases", Map.of(), 1);

        assertOutboxGaugesShowWaitingRows();
        HttpResponse<String> application = client.send(client.request("/metrics?scope=application")
                .header("Accept", "text/plain").GET());
        // Kept for people: the suite's own metrics after the flow, as Prometheus reads them.
        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("it.work.dir", "target"),
                "observability-metrics.txt"), application.body());
        assertThat(PrometheusText.parse(application.body()).startingWith("childsafe_")).isNotEmpty();
        assertMetricsNameNobody(scrape());
        assertLogIsStructuredAndAnonymous();
    }

    @Test
    void documentsEveryRestResourceMethodWithASummaryAndAnErrorResponse() throws Exception {
        // The first request builds the document by scanning the module jars: slow on a busy machine.
        HttpResponse<String> answer = client.send(client.request("/openapi").header("Accept", "application/json")
                .timeout(Duration.ofMinutes(3)).GET());
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject paths;
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        List<Endpoint> endpoints = endpointsInTheWar();
        assertThat(endpoints).as("resource methods found in the WAR").hasSizeGreaterThan(10);

        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : endpoints) {
            String key = paths.containsKey("/api" + endpoint.path()) ? "/api" + endpoint.path() : endpoint.path();
            JsonObject path = paths.getJsonObject(key);
            JsonObject operation = path == null ? null : path.getJsonObject(endpoint.method().toLowerCase(Locale.ROOT));
            softly.assertThat(operation).as("OpenAPI operation of " + endpoint).isNotNull();
            if (operation != null) {
                softly.assertThat(operation.getString("summary", "")).as("summary of " + endpoint).isNotBlank();
                softly.assertThat(operation.containsKey("responses") ? operation.getJsonObject("responses").keySet()
                        : Set.<String>of()).as("error responses of " + endpoint)
                        .anyMatch(code -> code.startsWith("4") || code.startsWith("5"));
            }
        }
        softly.assertAll();
    }

    // ------------------------------------------------------------------------------------------ flow

    private static LaunchClaimsBuilder identity(RegisteredPlatform lms) {
        return lms.platform().claims().set(LtiClaims.SUBJECT, SUB).identity(NAME, GIVEN, FAMILY, EMAIL);
    }

    private static HttpResponse<String> launch(ToolClient browser, RegisteredPlatform lms, String widget,
            LaunchClaimsBuilder claims) throws Exception {
        Map<String, String> auth = login(browser, lms, widget);
        return post(browser, auth, lms.platform().sign(claims.nonce(auth.get("nonce"))
                .set(LtiClaims.TARGET_LINK_URI, SuiteDeployment.baseUrl() + "/launch/" + widget)));
    }

    private static HttpResponse<String> forgedLaunch(RegisteredPlatform lms) throws Exception {
        ToolClient browser = new ToolClient(SuiteDeployment.baseUrl());
        Map<String, String> auth = login(browser, lms, "lessons");
        String forged = lms.platform().signWith(identity(lms).nonce(auth.get("nonce"))
                        .set(LtiClaims.TARGET_LINK_URI, SuiteDeployment.baseUrl() + "/launch/lessons").build(),
                com.nimbusds.jose.JWSAlgorithm.RS256, lms.platform().badKey(), lms.platform().currentKey().getKeyID());
        HttpResponse<String> refused = post(browser, auth, forged);
        assertThat(refused.body()).contains("lti.invalid_signature");
        return refused;
    }

    private static Map<String, String> login(ToolClient browser, RegisteredPlatform lms, String widget) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", lms.platform().issuer());
        params.put("login_hint", SUB);
        params.put("target_link_uri", SuiteDeployment.baseUrl() + "/launch/" + widget);
        params.put("client_id", lms.platform().clientId());
        params.put("lti_deployment_id", lms.platform().deploymentId());
        HttpResponse<String> login = browser.get("/lti/login?" + ToolClient.form(params));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        return ToolClient.query(URI.create(login.headers().firstValue("Location").orElseThrow()));
    }

    private static HttpResponse<String> post(ToolClient browser, Map<String, String> auth, String idToken) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", idToken);
        form.put("state", auth.get("state"));
        return browser.postForm("/lti/launch", form);
    }

    private HttpResponse<String> check(String url) throws Exception {
        return client.send(client.request("/api/urlcheck/check").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\"}")));
    }

    private String publicId(long registrationId) throws Exception {
        String body = client.admin("GET", "/api/admin/registrations/" + registrationId, null, null).body();
        Matcher m = PUBLIC_ID.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    /** The school's public report form, step by step as ReportSubmitIT posts it, with {@link #REPORT_TEXT}. */
    private void report(String publicId) throws Exception {
        ToolClient reporter = new ToolClient(SuiteDeployment.baseUrl());
        String body = reporter.get("/p/report/" + publicId).body();
        body = step(reporter, body, Map.of("report:dangerNo", "x"));
        body = step(reporter, body, Map.of("report:categories", "BULLYING", "report:next2", "x"));
        body = step(reporter, body, Map.of("report:whatHappened", REPORT_TEXT, "report:next3", "x"));
        body = step(reporter, body, Map.of("report:affected", "ME", "report:next4", "x"));
        String boundary = "----observe" + System.nanoTime();
        StringBuilder multipart = new StringBuilder();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("report", "report");
        fields.put("jakarta.faces.ViewState", group(VIEW_STATE, body, 1));
        fields.put("report:send", "x");
        fields.forEach((name, value) -> multipart.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        multipart.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> receipt = reporter.send(reporter.request(group(ACTION, body, 2).replace("&amp;", "&"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart.toString(), StandardCharsets.UTF_8)));
        assertThat(receipt.body()).as("receipt").contains("id=\"caseCode\"");
    }

    private static String step(ToolClient browser, String page, Map<String, String> fields) throws Exception {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("report", "report");
        all.put("jakarta.faces.ViewState", group(VIEW_STATE, page, 1));
        all.putAll(fields);
        HttpResponse<String> response = browser.postForm(group(ACTION, page, 2).replace("&amp;", "&"), all);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    // ------------------------------------------------------------------------------------------ metrics

    private PrometheusText scrape() throws Exception {
        HttpResponse<String> metrics = client.send(client.request("/metrics").header("Accept", "text/plain").GET());
        assertThat(metrics.statusCode()).isEqualTo(200);
        return PrometheusText.parse(metrics.body());
    }

    /** Scrapes until {@code done} (gauges are cached for lti.observe.gauge-cache-seconds, the dispatcher is async). */
    private PrometheusText scrapeUntil(Predicate<PrometheusText> done) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        PrometheusText metrics = scrape();
        while (!done.test(metrics) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            metrics = scrape();
        }
        assertThat(done.test(metrics)).as("metrics reached the expected state: %s", metrics.startingWith("childsafe_"))
                .isTrue();
        return metrics;
    }

    private static void assertMoved(PrometheusText before, PrometheusText after, String name, Map<String, String> labels,
            double by) {
        assertThat(after.sum(name, labels) - before.sum(name, labels)).as(name + labels).isEqualTo(by);
    }

    private void assertOutboxGaugesShowWaitingRows() throws Exception {
        assertThat(client.send(client.request("/test-observe/outbox").POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode()).isEqualTo(204);
        Map<String, Long> waiting = new LinkedHashMap<>();
        for (String pair : client.get("/test-observe/outbox").body().split(" ")) {
            waiting.put(pair.substring(0, pair.indexOf('=')), Long.parseLong(pair.substring(pair.indexOf('=') + 1)));
        }
        assertThat(waiting).allSatisfy((outbox, rows) -> assertThat(rows).as(outbox).isPositive());

        PrometheusText metrics = scrapeUntil(m -> waiting.entrySet().stream().allMatch(e ->
                m.sum("childsafe_outbox_depth", Map.of("outbox", e.getKey())) == e.getValue()));
        for (String outbox : waiting.keySet()) {
            assertThat(metrics.sum("childsafe_outbox_oldest_age_seconds", Map.of("outbox", outbox)))
                    .as("the oldest %s row was created 20 minutes ago", outbox).isBetween(1200.0, 1200.0 + 3600);
        }
    }

    /** Only code-like label values under known label names: no school, user, link or free text. */
    private static void assertMetricsNameNobody(PrometheusText metrics) {
        assertThat(metrics.startingWith("childsafe_")).isNotEmpty().allSatisfy(sample -> {
            assertThat(LABELS).as("labels of " + sample).containsAll(sample.labels().keySet());
            assertThat(sample.labels().values()).as(sample.toString()).allMatch(v -> v.matches("[A-Za-z0-9_.-]{1,64}"));
        });
        String all = metrics.samples().toString();
        for (String personal : List.of(SUB, NAME, EMAIL, CHECKED_PATH, "observe.it.example", "observe-client",
                "observe-dep-1", "Observe IT")) {
            assertThat(all).as("/metrics").doesNotContain(personal);
        }
    }

    private void assertLogIsStructuredAndAnonymous() throws Exception {
        String log = client.get("/test-observe/log").body();
        // Kept for people: what the server logged during the flow, one JSON object per line.
        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("it.work.dir", "target"),
                "observability-server-log.jsonl"), log);
        String[] lines = log.split("\n");
        assertThat(lines[0]).isEqualTo("formatter=" + LogCaptureTestServlet.JSON_FORMATTER);
        List<JsonObject> records = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            try (JsonReader reader = Json.createReader(new StringReader(lines[i]))) {
                records.add(reader.readObject());
            }
        }
        assertThat(records).isNotEmpty();
        String text = records.stream().map(ObservabilityIT::strings).reduce("", String::concat);
        for (String personal : List.of(SUB, GIVEN, FAMILY, NAME, EMAIL, "ngoc.tran2013", REPORT_TEXT, "Lê Văn Hùng",
                CHECKED_PATH, "0x7f.1")) {
            assertThat(text).as("server log").doesNotContain(personal);
        }
        Map<String, JsonObject> events = new LinkedHashMap<>();
        records.stream().filter(r -> r.containsKey("event")).forEach(r -> events.putIfAbsent(r.getString("event")
                + (r.containsKey("code") ? ":" + r.getString("code") : ""), r));
        assertThat(events).containsKeys("lti.launch.accepted", "lti.launch.refused:lti.invalid_signature",
                "urlcheck.checked", "report.case.stored", "ags.send.failed:ags.unavailable");
        for (String requestEvent : List.of("lti.launch.accepted", "lti.launch.refused:lti.invalid_signature",
                "urlcheck.checked", "report.case.stored")) {
            assertThat(events.get(requestEvent).getString("correlationId")).as(requestEvent).matches("[0-9a-f]{16}");
        }
        assertThat(events.get("urlcheck.checked").getString("verdict")).isIn("safe", "caution");
    }

    /** Every string in a JSON value, unescaped, so a value cannot hide behind JSON escapes. */
    private static String strings(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString() + "\n";
            case OBJECT -> value.asJsonObject().values().stream().map(ObservabilityIT::strings).reduce("", String::concat);
            case ARRAY -> value.asJsonArray().stream().map(ObservabilityIT::strings).reduce("", String::concat);
            default -> "";
        };
    }

    // ------------------------------------------------------------------------------------------ OpenAPI

    /** A JAX-RS resource method: HTTP method and full path under the application path, template names only. */
    record Endpoint(String method, String path) {
    }

    /** Every resource method of every class in the WAR's jars and classes, by reflection on its annotations. */
    private static List<Endpoint> endpointsInTheWar() throws IOException {
        Set<String> classes = new TreeSet<>();
        try (ZipFile war = new ZipFile(new File(System.getProperty("it.war", "target/ROOT.war")))) {
            for (ZipEntry entry : java.util.Collections.list(war.entries())) {
                if (entry.getName().startsWith("WEB-INF/classes/")) {
                    addClass(classes, entry.getName().substring("WEB-INF/classes/".length()));
                } else if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    try (InputStream in = war.getInputStream(entry); ZipInputStream jar = new ZipInputStream(in)) {
                        for (ZipEntry e; (e = jar.getNextEntry()) != null; ) {
                            addClass(classes, e.getName());
                        }
                    }
                }
            }
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (String name : classes) {
            Class<?> type;
            try {
                type = Class.forName(name, false, ObservabilityIT.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                assertThat(name).as("class of the WAR not loadable in the test").doesNotEndWith("Resource");
                continue;
            }
            jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                for (java.lang.annotation.Annotation a : method.getAnnotations()) {
                    jakarta.ws.rs.HttpMethod http = a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
                    if (http != null) {
                        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                        endpoints.add(new Endpoint(http.value(), path(root.value(), sub == null ? "" : sub.value())));
                    }
                }
            }
        }
        return endpoints;
    }

    private static void addClass(Set<String> classes, String entry) {
        if (entry.startsWith("org/childsafe/") && entry.endsWith(".class") && !entry.contains("$")) {
            classes.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
        }
    }

    private static String path(String root, String sub) {
        String joined = OpenApiPathTemplates.templateNamesOnly("/" + root + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String group(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern + " in page").isTrue();
        return m.group(group);
    }
}
