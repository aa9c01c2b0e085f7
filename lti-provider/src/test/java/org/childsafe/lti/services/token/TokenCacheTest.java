package org.childsafe.lti.services.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.childsafe.lti.testplatform.MutableClock;
import org.childsafe.lti.testplatform.StubPlatformServices;
import org.childsafe.lti.testplatform.StubPlatformServices.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

    private static final Set<String> SCORE = Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/score");
    private static final Set<String> LINEITEMS = Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly");

    private final StubPlatformServices stub = new StubPlatformServices();
    private final MutableClock clock = MutableClock.atDefaultStart();
    private final TokenCache cache = new TokenCache(ServiceTestData.tokenClient(clock), clock);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void reusesTokenUntilThirtySecondsBeforeExpiry() {
        TokenEndpoint endpoint = ServiceTestData.endpoint(stub);
        AccessToken first = cache.token(endpoint, SCORE);

        clock.advance(Duration.ofSeconds(3600 - 31));
        assertThat(cache.token(endpoint, SCORE)).isEqualTo(first);
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.token(endpoint, SCORE).value()).isEqualTo("token-2");
        assertThat(stub.requestsTo("/token")).hasSize(2);
    }

    @Test
    void keepsSeparateTokenPerScopeSetWhateverTheOrder() {
        TokenEndpoint endpoint = ServiceTestData.endpoint(stub);

        AccessToken score = cache.token(endpoint, SCORE);
        AccessToken lineItems = cache.token(endpoint, LINEITEMS);
        AccessToken lineItemsAgain = cache.token(endpoint, new java.util.TreeSet<>(LINEITEMS).descendingSet());

        assertThat(score.value()).isEqualTo("token-1");
        assertThat(lineItems.value()).isEqualTo("token-2");
        assertThat(lineItemsAgain).isEqualTo(lineItems);
        assertThat(stub.requestsTo("/token")).hasSize(2);
    }

    @Test
    void keepsSeparateTokenPerRegistration() {
        TokenEndpoint one = ServiceTestData.endpoint(stub);
        TokenEndpoint other = new TokenEndpoint("43", "other-client", stub.url("/token"), java.util.Optional.empty());

        assertThat(cache.token(one, SCORE)).isNotEqualTo(cache.token(other, SCORE));
    }

    @Test
    void requestsNewTokenAfterInvalidation() {
        TokenEndpoint endpoint = ServiceTestData.endpoint(stub);
        AccessToken first = cache.token(endpoint, SCORE);

        cache.invalidate(endpoint, SCORE, first);

        assertThat(cache.token(endpoint, SCORE).value()).isEqualTo("token-2");
    }

    @Test
    void doesNotCacheFailedRequest() {
        stub.once("/token", Answer.of(503, "text/plain", "busy"));
        TokenEndpoint endpoint = ServiceTestData.endpoint(stub);

        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> cache.token(endpoint, SCORE));

        assertThat(cache.token(endpoint, SCORE).value()).isEqualTo("token-1");
    }

    @Test
    void sendsOneTokenRequestForConcurrentCallers() throws Exception {
        stub.once("/token", Answer.json(200, "{\"access_token\":\"shared\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                .delayed(150));
        TokenEndpoint endpoint = ServiceTestData.endpoint(stub);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            java.util.List<Future<AccessToken>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> cache.token(endpoint, SCORE)));
            }
            for (Future<AccessToken> result : results) {
                assertThat(result.get().value()).isEqualTo("shared");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stub.requestsTo("/token")).hasSize(1);
    }
}
