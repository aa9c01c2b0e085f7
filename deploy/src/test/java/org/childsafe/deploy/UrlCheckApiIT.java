package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The link checker's JSON API on the real suite: verdicts for one link and for a pasted text, every kind of bad
 * input with its problem code (empty, 10 MB, not a link, {@code javascript:}, {@code data:}, malformed JSON, wrong
 * content type, cross-site origin), and a school's public endpoint with that school's block and allow lists, managed
 * through the administration API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UrlCheckApiIT {

    private static final Pattern PUBLIC_ID = Pattern.compile("\"publicId\":\"([^\"]+)\"");

    private static String publicId;

    private ToolClient client;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war();
    }

    @BeforeEach
    void registerOneSchoolOnce() throws Exception {
        client = new ToolClient(SuiteDeployment.baseUrl());
        if (publicId == null) {
            HttpResponse<String> created = client.admin("POST", "/api/admin/registrations", "application/json",
                    "{\"issuer\":\"https://lms.urlcheck.example\",\"clientId\":\"urlcheck-client\",\"displayName\":\"URL IT\","
                            + "\"authUrl\":\"https://lms.urlcheck.example/auth\",\"jwksUrl\":\"https://lms.urlcheck.example/jwks\","
                            + "\"deploymentIds\":[\"urlcheck-dep\"]}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            HttpResponse<String> registration = client.admin("GET", created.headers().firstValue("Location").orElseThrow(), null, null);
            Matcher m = PUBLIC_ID.matcher(registration.body());
            assertThat(m.find()).as(registration.body()).isTrue();
            publicId = m.group(1);
        }
    }

    @Test
    void checksALinkAndAnswersWithAVerdictReasonsAndFreshness() throws Exception {
        HttpResponse<String> response = post("/api/urlcheck/check", "{\"url\":\"  HTTPS://Example.COM/a/../b  \"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).contains("\"rating\":\"SAFE\"", "\"canonicalUrl\":\"https://example.com/b\"",
                "\"registrableDomain\":\"example.com\"", "\"code\":\"not_listed\"", "\"title\":\"An toàn\"",
                "\"ageBand\":\"PRIMARY\"", "\"freshness\":{");
    }

    @Test
    void warnsAboutAnIpAddressAndAUserNameBeforeTheHostInEnglish() throws Exception {
        HttpResponse<String> ip = send(HttpRequest.newBuilder(SuiteDeployment.baseUrl().resolve("/api/urlcheck/check"))
                .header("Accept-Language", "en").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"http://0x7f.1/login\"}")));
        HttpResponse<String> userinfo = post("/api/urlcheck/check", "{\"url\":\"https://vietcombank.com.vn@evil.example/\"}");

        assertThat(ip.body()).contains("\"rating\":\"CAUTION\"", "\"host\":\"127.0.0.1\"", "\"code\":\"ip_literal\"",
                "\"title\":\"Be careful\"");
        assertThat(userinfo.body()).contains("\"rating\":\"CAUTION\"", "\"code\":\"userinfo\"", "\"host\":\"evil.example\"");
    }

    @Test
    void checksEveryLinkOfAPastedText() throws Exception {
        HttpResponse<String> response = post("/api/urlcheck/check-text",
                "{\"text\":\"Vào đây nhé: https://example.com/game và http://192.168.1.1/ nữa\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"link\":\"https://example.com/game\"", "\"link\":\"http://192.168.1.1/\"",
                "\"truncated\":false");
        assertThat(post("/api/urlcheck/check-text", "{\"text\":\"không có đường liên kết nào\"}").body())
                .contains("\"code\":\"urlcheck.no_links\"");
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"url\":\"\"}                                  | 400 | urlcheck.empty",
            "{\"url\":\"   \"}                               | 400 | urlcheck.empty",
            "''                                              | 400 | urlcheck.empty",
            "{\"url\":\"this is not a link\"}                | 400 | urlcheck.not_a_url",
            "{\"url\":\"javascript:alert(document.cookie)\"} | 400 | urlcheck.scheme_not_allowed",
            "{\"url\":\"data:text/html,<script>alert(1)</script>\"} | 400 | urlcheck.scheme_not_allowed",
            "{\"url\":\"https://example.com\"               | 400 | urlcheck.malformed_json",
            "[\"https://example.com\"]                       | 400 | urlcheck.malformed_json",
            "{\"url\":42}                                    | 400 | urlcheck.malformed_json",
            "{\"url\":\"https://example.com\",\"ageBand\":\"ADULT\"} | 400 | urlcheck.bad_age_band"})
    void refusesBadInputWithAStableCode(String body, int status, String code) throws Exception {
        HttpResponse<String> response = post("/api/urlcheck/check", body);

        assertProblem(response, status, code);
        assertThat(response.body()).doesNotContain("<script>").doesNotContain("Exception");
    }

    @Test
    void refusesADeclaredTenMegabyteBodyWith413BeforeItIsSent() throws Exception {
        for (String path : new String[] {"/api/urlcheck/check", "/api/urlcheck/check-text"}) {
            try (Socket socket = new Socket("localhost", SuiteDeployment.baseUrl().getPort())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + 10 * 1024 * 1024 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();

                String answer = readAnswer(socket);

                assertThat(answer).as("answered without the body having been sent").startsWith("HTTP/1.1 413")
                        .contains("application/problem+json", "\"code\":\"urlcheck.body_too_large\"");
            }
        }
    }

    @Test
    void refusesAnUndeclaredBodyOverTheLimitWith413() throws Exception {
        String big = "{\"url\":\"https://example.com/" + "a".repeat(70_000) + "\"}";
        HttpResponse<String> chunked = send(client.request("/api/urlcheck/check").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));

        assertProblem(chunked, 413, "urlcheck.body_too_large");
    }

    @Test
    void refusesAUrlLongerThanTheCanonicaliserTakes() throws Exception {
        assertProblem(post("/api/urlcheck/check", "{\"url\":\"https://example.com/" + "a".repeat(9000) + "\"}"), 400,
                "urlcheck.too_long");
    }

    @Test
    void refusesCrossSiteFormsAndOtherContentTypes() throws Exception {
        HttpResponse<String> form = send(client.request("/api/urlcheck/check").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"https://example.com\"}")));
        HttpResponse<String> crossSite = send(client.request("/api/urlcheck/check").header("Content-Type", "application/json")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"https://example.com\"}")));
        HttpResponse<String> xhrText = send(client.request("/api/urlcheck/check").header("Content-Type", "text/plain")
                .header("X-Requested-With", "fetch").POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"https://example.com\"}")));

        assertProblem(form, 403, "csrf.rejected");
        assertProblem(crossSite, 403, "csrf.rejected");
        assertProblem(xhrText, 415, "media.unsupported");
        assertThat(client.get("/api/urlcheck/check").statusCode()).isEqualTo(405);
    }

    @Test
    void theSchoolsPublicEndpointUsesTheSchoolsListsAllowBeatingEverything() throws Exception {
        HttpResponse<String> block = client.admin("POST", "/api/admin/urlcheck/schools/" + publicId + "/lists", "application/json",
                "{\"list\":\"BLOCK\",\"kind\":\"DOMAIN\",\"value\":\"Games.Example\",\"note\":\"not in class\"}");
        HttpResponse<String> allow = client.admin("POST", "/api/admin/urlcheck/schools/" + publicId + "/lists", "application/json",
                "{\"list\":\"ALLOW\",\"kind\":\"URL_PREFIX\",\"value\":\"http://192.168.1.10/moodle/\"}");
        assertThat(block.statusCode()).as(block.body()).isEqualTo(201);
        assertThat(allow.statusCode()).as(allow.body()).isEqualTo(201);

        String blocked = post("/api/urlcheck/p/" + publicId + "/check", "{\"url\":\"https://www.games.example/play\"}").body();
        String allowed = post("/api/urlcheck/p/" + publicId + "/check", "{\"url\":\"http://192.168.1.10/moodle/course\"}").body();
        String elsewhere = post("/api/urlcheck/check", "{\"url\":\"https://www.games.example/play\"}").body();

        assertThat(blocked).contains("\"rating\":\"UNSAFE\"", "\"code\":\"school_block\"");
        assertThat(allowed).as("allow beats the IP-address warning").contains("\"rating\":\"SAFE\"", "\"code\":\"school_allow\"")
                .doesNotContain("ip_literal");
        assertThat(elsewhere).as("no school, no school lists").contains("\"rating\":\"SAFE\"");
    }

    @Test
    void refusesInvalidOrDuplicateListEntriesWithCodes() throws Exception {
        String lists = "/api/admin/urlcheck/schools/" + publicId + "/lists";
        assertProblem(client.admin("POST", lists, "application/json", "{\"list\":\"BLOCK\",\"kind\":\"DOMAIN\",\"value\":\"com.vn\"}"),
                400, "urlcheck.list.public_suffix");
        assertProblem(client.admin("POST", lists, "application/json", "{\"list\":\"BLOCK\",\"kind\":\"DOMAIN\",\"value\":\"a.example/x\"}"),
                400, "urlcheck.list.domain_has_path");
        assertProblem(client.admin("POST", lists, "application/json", "{\"list\":\"MAYBE\",\"kind\":\"DOMAIN\",\"value\":\"a.example\"}"),
                400, "urlcheck.list.bad_list");
        assertThat(client.admin("POST", lists, "application/json", "{\"list\":\"BLOCK\",\"kind\":\"DOMAIN\",\"value\":\"dup.example\"}")
                .statusCode()).isEqualTo(201);
        assertProblem(client.admin("POST", lists, "application/json", "{\"list\":\"ALLOW\",\"kind\":\"DOMAIN\",\"value\":\"DUP.example.\"}"),
                409, "urlcheck.list.duplicate");
        assertThat(client.get(lists).statusCode()).as("no administrator").isEqualTo(401);
    }

    @Test
    void unknownOrMalformedSchoolsAre404() throws Exception {
        assertProblem(post("/api/urlcheck/p/aaaaaaaaaaaaaaaaaaaa/check", "{\"url\":\"https://example.com\"}"), 404,
                "urlcheck.unknown_school");
        assertProblem(post("/api/urlcheck/p/not-an-id/check", "{\"url\":\"https://example.com\"}"), 404,
                "urlcheck.unknown_school");
        assertThat(client.get("/p/urlcheck/not-an-id").statusCode()).isEqualTo(404);
        assertThat(client.get("/p/urlcheck/" + publicId).statusCode()).isEqualTo(302);
    }

    @Test
    void storesAWrongVerdictReportWithoutIdentity() throws Exception {
        HttpResponse<String> stored = post("/api/urlcheck/p/" + publicId + "/wrong",
                "{\"url\":\"https://wrong.example/page#top\",\"comment\":\"đây là trang của lớp\"}");

        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(202);
        String reports = client.admin("GET", "/api/admin/urlcheck/schools/" + publicId + "/wrong", null, null).body();
        assertThat(reports).contains("\"canonicalUrl\":\"https://wrong.example/page\"", "đây là trang của lớp");
        assertProblem(post("/api/urlcheck/p/" + publicId + "/wrong", "{\"url\":\"https://wrong.example/\",\"comment\":\""
                + "x".repeat(501) + "\"}"), 400, "urlcheck.comment_too_long");
    }

    @Test
    void documentsTheApiInOpenApi() throws Exception {
        // The first request builds the document by scanning the module jars: slow on a busy machine.
        String openapi = client.send(client.request("/openapi").timeout(java.time.Duration.ofMinutes(3)).GET()).body();

        assertThat(openapi).contains("/urlcheck/check", "/urlcheck/check-text", "/urlcheck/p/{publicId}/check",
                "CheckRequest", "urlcheck.body_too_large");
    }

    /** What the server answered so far, read until the end of a problem JSON body (the connection may stay open). */
    private static String readAnswer(Socket socket) throws java.io.IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[4096];
        java.io.InputStream in = socket.getInputStream();
        for (int n; !answer.toString().endsWith("}") && (n = in.read(buffer)) > 0; ) {
            answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return answer.toString();
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return send(client.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"" + code + "\"");
    }
}
