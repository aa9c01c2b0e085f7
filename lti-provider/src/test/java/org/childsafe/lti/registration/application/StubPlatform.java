package org.childsafe.lti.registration.application;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A platform for Dynamic Registration tests on 127.0.0.1: serves an OpenID configuration shaped like Moodle's
 * {@code mod/lti/openid-configuration.php} (LTI-CHECKLIST §2.9) and a registration endpoint that records every
 * request. Tests change {@link #configuration}, {@link #registrationStatus} and {@link #registrationAnswer}.
 */
final class StubPlatform implements AutoCloseable {

    static final String CONFIG_PATH = "/mod/lti/openid-configuration.php";

    /** A request the registration endpoint received. */
    record Recorded(String method, String authorization, String contentType, String body) {
    }

    private final HttpServer server;
    final List<Recorded> registrations = new CopyOnWriteArrayList<>();
    final List<String> paths = new CopyOnWriteArrayList<>();
    volatile String configuration;
    volatile int registrationStatus = 200;
    volatile String registrationAnswer = """
            {"client_id":"AbC123clientid","registration_access_token":"unused",
             "https://purl.imsglobal.org/spec/lti-tool-configuration":{"deployment_id":"3"}}""";

    StubPlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(CONFIG_PATH, exchange -> answer(exchange, 200, configuration));
        server.createContext("/mod/lti/openid-registration.php", this::register);
        server.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", issuer() + CONFIG_PATH);
            answer(exchange, 302, "");
        });
        server.createContext("/huge", exchange -> answer(exchange, 200, "{\"x\":\"" + "a".repeat(70_000) + "\"}"));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, configuration);
        });
        server.start();
        configuration = moodleConfiguration(issuer());
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String configurationUrl() {
        return issuer() + CONFIG_PATH;
    }

    /** Moodle's configuration; AGS lineitem/score and NRPS, but no {@code result.readonly}. */
    static String moodleConfiguration(String issuer) {
        return """
                {"issuer":"%1$s","token_endpoint":"%1$s/mod/lti/token.php",
                 "token_endpoint_auth_methods_supported":["private_key_jwt"],
                 "token_endpoint_auth_signing_alg_values_supported":["RS256"],
                 "jwks_uri":"%1$s/mod/lti/certs.php","authorization_endpoint":"%1$s/mod/lti/auth.php",
                 "registration_endpoint":"%1$s/mod/lti/openid-registration.php",
                 "scopes_supported":["https://purl.imsglobal.org/spec/lti-bo/scope/basicoutcome",
                   "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                   "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                   "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
                   "openid"],
                 "response_types_supported":["id_token"],"subject_types_supported":["public","pairwise"],
                 "id_token_signing_alg_values_supported":["RS256"],
                 "claims_supported":["sub","iss","name","given_name","family_name","email"],
                 "https://purl.imsglobal.org/spec/lti-platform-configuration":{"product_family_code":"moodle",
                   "version":"4.5","messages_supported":[{"type":"LtiResourceLinkRequest"},
                   {"type":"LtiDeepLinkingRequest","placements":["ContentArea"]}],
                   "placements":["AddContentMenu"],"variables":["CourseSection.timeFrame.end"]}}
                """.formatted(issuer);
    }

    private void register(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        registrations.add(new Recorded(exchange.getRequestMethod(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        answer(exchange, registrationStatus, registrationAnswer);
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        paths.add(exchange.getRequestURI().getPath());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    List<String> requestedPaths() {
        return new ArrayList<>(paths);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
