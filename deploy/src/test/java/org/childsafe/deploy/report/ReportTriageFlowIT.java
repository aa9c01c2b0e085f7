package org.childsafe.deploy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childsafe.deploy.CounselorEscalation;
import org.childsafe.deploy.SuiteDeployment;
import org.childsafe.deploy.ToolClient;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.testplatform.LaunchClaimsBuilder;
import org.childsafe.lti.testplatform.TestPlatform;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The counselor side on a real Payara Micro: a report is submitted (through the intake service), a learner is
 * refused the triage pages, a counselor of the school finds it in the queue, opens it, escalates it with the form,
 * the referral reaches our stand-in national network (a JDK HTTP server on {@code it.network.port}) signed with the
 * tool key and without the reporter's words or case code, and the network's signed status callback shows on the
 * case page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportTriageFlowIT {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final String NETWORK_ISSUER = "https://network.it.example";

    private static TestPlatform platform;
    private static HttpServer network;
    private static RSAKey networkKey;
    private static final LinkedBlockingQueue<Map<String, String>> referrals = new LinkedBlockingQueue<>();
    private static final List<String> keys = new CopyOnWriteArrayList<>();
    private static long registrationId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SuiteDeployment.war().addClass(ReportSeedResource.class);
    }

    @BeforeAll
    static void startNetworkAndPlatform() throws Exception {
        networkKey = new RSAKeyGenerator(2048).keyID("net-it-1").generate();
        network = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.getInteger("it.network.port", 18090)), 0);
        network.createContext("/jwks", exchange -> answer(exchange, 200, new JWKSet(networkKey.toPublicJWK()).toString()));
        network.createContext("/referrals", ReportTriageFlowIT::receive);
        network.start();
        platform = new TestPlatform(Clock.systemUTC(), "https://lms.triage.example", "triage-client", "triage-dep",
                SuiteDeployment.baseUrl());
        platform.startJwksServer();
        HttpResponse<String> created = new ToolClient(SuiteDeployment.baseUrl()).admin("POST", "/api/admin/registrations",
                "application/json", "{\"issuer\":\"" + platform.issuer() + "\",\"clientId\":\"triage-client\","
                        + "\"displayName\":\"Triage Moodle\",\"authUrl\":\"" + platform.authUri() + "\",\"jwksUrl\":\""
                        + platform.jwksUri() + "\",\"deploymentIds\":[\"triage-dep\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        registrationId = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
    }

    @AfterAll
    static void stop() {
        if (network != null) {
            network.stop(0);
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void submitTriageEscalateDeliverAndCallback() throws Exception {
        ToolClient counselor = counselor();
        String code = counselor.send(counselor.request("/api/it/report-seed").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))).body();
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");

        ToolClient learner = launch("learner-7", LaunchClaimsBuilder.LEARNER, null);
        assertThat(learner.get("/w/report/triage/queue.xhtml").statusCode()).isEqualTo(403);

        HttpResponse<String> queue = counselor.get("/w/report/triage/queue.xhtml");
        assertThat(queue.statusCode()).isEqualTo(200);
        Matcher row = Pattern.compile("case\\.xhtml\\?id=(\\d+)[^>]*>" + code).matcher(queue.body());
        assertThat(row.find()).as(queue.body()).isTrue();
        String casePage = "/w/report/triage/case.xhtml?id=" + row.group(1);

        HttpResponse<String> opened = counselor.get(casePage);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("SECRET-GROUP-77").contains("data-status=\"NEW\"");
        assertThat(learner.get(casePage).statusCode()).isEqualTo(403);

        Map<String, String> form = CounselorEscalation.form(viewState(opened.body()), "https://t.me/secret_group_77",
                "@secret_admin");
        HttpResponse<String> escalated = counselor.postForm(casePage, form);
        assertThat(escalated.statusCode()).as(escalated.body()).isEqualTo(200);
        assertThat(escalated.body()).contains("data-status=\"ESCALATED\"");

        Map<String, String> received = referrals.poll(60, TimeUnit.SECONDS);
        assertThat(received).as("the referral reached the network").isNotNull();
        SignedJWT jwt = SignedJWT.parse(received.get("jws"));
        JWKSet toolKeys = JWKSet.parse(counselor.get("/api/lti/jwks").body());
        assertThat(jwt.verify(new RSASSAVerifier(toolKeys.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getJWTID()).isEqualTo(received.get("key"));
        String payload = JSONObjectUtils.toJSONString(jwt.getJWTClaimsSet().getJSONObjectClaim("referral"));
        assertThat(payload).contains("edited photos").contains("MALICIOUS_GROUP").contains("Hà Nội")
                .doesNotContain(code).doesNotContain("posts edited photos of me").doesNotContain("learner-7");

        HttpResponse<String> callback = counselor.send(counselor.request("/api/report/network/callback")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jws\":\"" + callback(received.get("key")) + "\"}")));
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(200);
        assertThat(callback.body()).contains("applied");

        String after = counselor.get(casePage).body();
        assertThat(after).contains("data-state=\"DELIVERED\"").contains("data-network=\"ACCEPTED\"")
                .contains("data-kind=\"ESCALATED\"");
        assertThat(keys).containsOnly(received.get("key"));

        HttpResponse<String> pdf = counselor.get("/w/report/triage/export?id=" + row.group(1));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"childsafe-case.pdf\"");
        assertThat(counselor.get(casePage).body()).contains("data-kind=\"EXPORTED\"");
        assertThat(learner.get("/w/report/triage/export?id=" + row.group(1)).statusCode()).isEqualTo(403);

        HttpResponse<String> stats = counselor.get("/w/report/stats.xhtml");
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(stats.body()).contains("id=\"categoryTable\"").doesNotContain("SECRET-GROUP-77");
        assertThat(learner.get("/w/report/stats.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void refusesAnUnsignedOrForeignCallback() throws Exception {
        ToolClient anyone = new ToolClient(SuiteDeployment.baseUrl());
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("net-it-1").generate();
        String forged = sign(stranger, claims(UUID.randomUUID().toString()));

        HttpResponse<String> refused = anyone.send(anyone.request("/api/report/network/callback")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jws\":\"" + forged + "\"}")));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("referral.callback.signature");
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    private ToolClient counselor() throws Exception {
        ToolClient first = launch("counselor-1", LaunchClaimsBuilder.INSTRUCTOR, "Nguyễn Thị Lan");
        HttpResponse<String> staff = first.admin("GET", "/api/admin/registrations/" + registrationId + "/staff", null, null);
        Matcher id = Pattern.compile("\"userId\"\\s*:\\s*(\\d+)").matcher(staff.body());
        assertThat(id.find()).as(staff.body()).isTrue();
        HttpResponse<String> designated = first.admin("PUT", "/api/admin/registrations/" + registrationId
                + "/deployments/triage-dep/counselors/" + id.group(1), "application/json", "");
        assertThat(designated.statusCode()).as(designated.body()).isIn(200, 204);
        return launch("counselor-1", LaunchClaimsBuilder.INSTRUCTOR, "Nguyễn Thị Lan");
    }

    private ToolClient launch(String subject, String role, String name) throws Exception {
        ToolClient browser = new ToolClient(SuiteDeployment.baseUrl());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", subject);
        params.put("target_link_uri", SuiteDeployment.baseUrl() + "/launch/report");
        params.put("client_id", "triage-client");
        params.put("lti_deployment_id", "triage-dep");
        HttpResponse<String> login = browser.get("/lti/login?" + ToolClient.form(params));
        Map<String, String> request = ToolClient.query(URI.create(login.headers().firstValue("Location").orElseThrow()));
        LaunchClaimsBuilder claims = platform.claims().nonce(request.get("nonce"))
                .set(LtiClaims.SUBJECT, subject).roles(role)
                .set(LtiClaims.TARGET_LINK_URI, SuiteDeployment.baseUrl() + "/launch/report");
        if (name != null) {
            claims.set(LtiClaims.NAME, name);
        }
        Map<String, String> post = new LinkedHashMap<>();
        post.put("id_token", platform.sign(claims));
        post.put("state", request.get("state"));
        HttpResponse<String> launched = browser.postForm("/lti/launch", post);
        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(303);
        return browser;
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertThat(m.find()).as("a ViewState").isTrue();
        return m.group(1).replace("&#58;", ":");
    }

    private static String callback(String referralKey) throws JOSEException {
        return sign(networkKey, claims(referralKey));
    }

    private static JWTClaimsSet claims(String referralKey) {
        return new JWTClaimsSet.Builder().issuer(NETWORK_ISSUER).audience(SuiteDeployment.baseUrl().toString())
                .issueTime(new Date()).jwtID(UUID.randomUUID().toString()).claim("referral", referralKey)
                .claim("status", "ACCEPTED").claim("reference", "VN-IT-1").build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        try {
            Object jws = JSONObjectUtils.parse(body).get("jws");
            boolean fresh = !keys.contains(key);
            if (fresh) {
                keys.add(key);
                referrals.add(Map.of("key", key, "jws", (String) jws));
            }
            answer(exchange, fresh ? 201 : 200, "{\"reference\":\"VN-IT-1\"}");
        } catch (java.text.ParseException e) {
            answer(exchange, 400, "{}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
