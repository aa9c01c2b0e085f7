package org.childsafe.lti.services.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpRequest;
import java.util.Set;
import org.childsafe.lti.services.ServiceErrors;
import org.childsafe.lti.services.ServiceException;
import org.childsafe.lti.testplatform.MutableClock;
import org.childsafe.lti.testplatform.StubPlatformServices;
import org.childsafe.lti.testplatform.StubPlatformServices.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceClientTest {

    private static final Set<String> SCORE = Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/score");

    private final StubPlatformServices stub = new StubPlatformServices();
    private final ServiceClient client = ServiceTestData.serviceClient(MutableClock.atDefaultStart());

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void sendsBearerTokenAndReusesItForNextCall() {
        stub.always("/service", r -> Answer.json(200, "{}"));

        call();
        call();

        assertThat(stub.requestsTo("/service")).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-1");
        assertThat(stub.requestsTo("/token")).hasSize(1);
    }

    @Test
    void refreshesTokenAndRetriesOnceAfter401() {
        stub.once("/service", Answer.json(401, "{}")).always("/service", r -> Answer.json(200, "{\"ok\":true}"));

        ServiceResponse response = call();

        assertThat(response.status()).isEqualTo(200);
        assertThat(stub.requestsTo("/service")).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
        assertThat(stub.requestsTo("/token")).hasSize(2);
    }

    @Test
    void reportsUnauthorizedAfterSecond401WithExactlyTwoTokenRequests() {
        stub.always("/service", r -> Answer.json(401, "{\"message\":\"token revoked\"}"));

        ServiceException e = assertThrows(ServiceException.class, this::call);

        assertThat(e.code()).isEqualTo(ServiceErrors.UNAUTHORIZED);
        assertThat(e.platformMessage()).contains("token revoked");
        assertThat(stub.requestsTo("/service")).hasSize(2);
        assertThat(stub.requestsTo("/token")).hasSize(2);
    }

    @Test
    void reportsForbiddenWithoutRetry() {
        stub.always("/service", r -> Answer.json(403, "{}"));

        assertThat(assertThrows(ServiceException.class, this::call).code()).isEqualTo(ServiceErrors.FORBIDDEN);
        assertThat(stub.requestsTo("/service")).hasSize(1);
    }

    @Test
    void reportsServerErrorAsRetryable() {
        stub.always("/service", r -> Answer.of(500, "text/plain", "oops"));

        ServiceException e = assertThrows(ServiceException.class, this::call);

        assertThat(e.code()).isEqualTo(ServiceErrors.UNAVAILABLE);
        assertThat(e.retryable()).isTrue();
    }

    private ServiceResponse call() {
        HttpRequest request = client.request(stub.url("/service")).GET().build();
        return client.call(ServiceTestData.endpoint(stub), SCORE, request);
    }
}
