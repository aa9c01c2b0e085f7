package org.childsafe.lti.services.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.childsafe.lti.services.ServiceErrors;
import org.childsafe.lti.services.ServiceException;
import org.childsafe.lti.testplatform.MutableClock;
import org.childsafe.lti.testplatform.StubPlatformServices;
import org.childsafe.lti.testplatform.StubPlatformServices.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessTokenClientTest {

    private static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

    private final StubPlatformServices stub = new StubPlatformServices();
    private final MutableClock clock = MutableClock.atDefaultStart();
    private final AccessTokenClient client = ServiceTestData.tokenClient(clock);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void postsExactClientCredentialsFormWithSortedScopes() throws Exception {
        AccessToken token = client.request(ServiceTestData.endpoint(stub), Set.of(SCORE, LINEITEM));

        assertThat(token.value()).isEqualTo("token-1");
        assertThat(token.expiresIn()).isEqualTo(Duration.ofHours(1));
        StubPlatformServices.Recorded request = stub.requestsTo("/token").get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        Map<String, String> form = decode(request.body());
        assertThat(form.keySet()).containsExactly("grant_type", "client_assertion_type", "client_assertion", "scope");
        assertThat(form).containsEntry("grant_type", "client_credentials")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .containsEntry("scope", LINEITEM + " " + SCORE);
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly(stub.url("/token").toString());
        assertThat(request.body()).startsWith("grant_type=client_credentials&client_assertion_type="
                + "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=");
    }

    @Test
    void keepsSanitizedOauthErrorWhenTokenRefused() {
        stub.once("/token", Answer.json(400, "{\"error\":\"invalid_scope\\n<script>\",\"error_description\":\"x\"}"));

        ServiceException e = assertThrows(ServiceException.class, () -> request());

        assertThat(e.code()).isEqualTo(ServiceErrors.TOKEN_REFUSED);
        assertThat(e.platformMessage()).contains("invalid_scopescript");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void reportsUnauthorizedClientAsTokenRefused() {
        stub.once("/token", Answer.json(401, "{\"error\":\"invalid_client\"}"));

        ServiceException e = assertThrows(ServiceException.class, () -> request());

        assertThat(e.code()).isEqualTo(ServiceErrors.TOKEN_REFUSED);
        assertThat(e.platformMessage()).contains("invalid_client");
    }

    @Test
    void reportsServerErrorAsRetryableUnavailable() {
        stub.once("/token", Answer.of(503, "text/html", "<h1>down</h1>"));

        ServiceException e = assertThrows(ServiceException.class, () -> request());

        assertThat(e.code()).isEqualTo(ServiceErrors.UNAVAILABLE);
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void reportsSlowTokenEndpointAsUnavailable() {
        stub.once("/token", Answer.json(200, "{}").delayed(1500));

        ServiceException e = assertThrows(ServiceException.class, () -> request());

        assertThat(e.code()).isEqualTo(ServiceErrors.UNAVAILABLE);
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void reportsRefusedConnectionAsUnavailable() {
        TokenEndpoint endpoint = ServiceTestData.endpoint(stub);
        stub.close();

        ServiceException e = assertThrows(ServiceException.class, () -> client.request(endpoint, Set.of(SCORE)));

        assertThat(e.code()).isEqualTo(ServiceErrors.UNAVAILABLE);
    }

    @Test
    void rejectsAnswerThatIsNotJson() {
        stub.once("/token", Answer.of(200, "text/html", "<html>login</html>"));

        assertThat(assertThrows(ServiceException.class, () -> request()).code()).isEqualTo(ServiceErrors.MALFORMED_RESPONSE);
    }

    @Test
    void rejectsAnswerWithoutAccessToken() {
        stub.once("/token", Answer.json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3600}"));

        assertThat(assertThrows(ServiceException.class, () -> request()).code()).isEqualTo(ServiceErrors.MALFORMED_RESPONSE);
    }

    @Test
    void rejectsTokenTypeOtherThanBearer() {
        stub.once("/token", Answer.json(200, "{\"access_token\":\"a\",\"token_type\":\"mac\",\"expires_in\":3600}"));

        assertThat(assertThrows(ServiceException.class, () -> request()).code()).isEqualTo(ServiceErrors.MALFORMED_RESPONSE);
    }

    @Test
    void rejectsOversizedAnswer() {
        stub.once("/token", Answer.json(200, "{\"access_token\":\"" + "a".repeat(5000) + "\",\"token_type\":\"Bearer\"}"));

        assertThat(assertThrows(ServiceException.class, () -> request()).code()).isEqualTo(ServiceErrors.MALFORMED_RESPONSE);
    }

    private AccessToken request() {
        return client.request(ServiceTestData.endpoint(stub), Set.of(SCORE));
    }

    private static Map<String, String> decode(String form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }
}
