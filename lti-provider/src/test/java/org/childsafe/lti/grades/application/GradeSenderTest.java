package org.childsafe.lti.grades.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childsafe.lti.grades.domain.LinkEndpoint;
import org.childsafe.lti.grades.domain.NewSubmission;
import org.childsafe.lti.grades.domain.ResourceLinks;
import org.childsafe.lti.grades.domain.Submission;
import org.childsafe.lti.services.ags.ActivityProgress;
import org.childsafe.lti.services.ags.AgsEndpoint;
import org.childsafe.lti.services.ags.GradingProgress;
import org.childsafe.lti.services.token.AccessTokenClient;
import org.childsafe.lti.services.token.ClientAssertion;
import org.childsafe.lti.services.token.ServiceClient;
import org.childsafe.lti.services.token.ServiceHttp;
import org.childsafe.lti.services.token.ServiceTestData;
import org.childsafe.lti.services.token.TokenCache;
import org.childsafe.lti.services.token.TokenEndpoint;
import org.childsafe.lti.testplatform.MutableClock;
import org.childsafe.lti.testplatform.StubPlatformServices;
import org.childsafe.lti.testplatform.StubPlatformServices.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sender and the dispatcher against a stub platform over real HTTP: which line item, what is posted, and how
 * each platform answer ends (SENT, RETRYING with a code, FAILED with a code).
 */
class GradeSenderTest {

    private static final String CONTAINER = "/mod/lti/services.php/2/lineitems";
    private static final String LINEITEM = CONTAINER + "/7/lineitem";
    private static final Set<String> ALL_SCOPES = Set.of(AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_SCORE);

    private final StubPlatformServices stub = new StubPlatformServices();
    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryGradeOutbox outbox = new InMemoryGradeOutbox();
    private final Links links = new Links();
    private final GradeSender sender = sender(new ServiceHttp(Duration.ofSeconds(2), Duration.ofSeconds(10), 4096));
    private final OutboxDrain drain = drain(sender);

    @AfterEach
    void stop() {
        stub.close();
    }

    private GradeSender sender(ServiceHttp http) {
        return new GradeSender(links, outbox, new ServiceClient(http, new TokenCache(new AccessTokenClient(http,
                new ClientAssertion(() -> ServiceTestData.TOOL_KEY, clock)), clock)), new GradeSender.Platforms() {
                @Override
                public Optional<TokenEndpoint> tokenEndpoint(long registrationId) {
                    return Optional.of(ServiceTestData.endpoint(stub));
                }

                @Override
                public Optional<String> subject(long userId) {
                    return Optional.of("moodle-user-" + userId);
                }
            });
    }

    private OutboxDrain drain(GradeSender through) {
        return new OutboxDrain(outbox, through::send, new GradesConfig(5, 20, 120, 5, 10, 600), clock, "node-a",
                () -> 0.0);
    }

    @Test
    void postsTheScoreToTheLinksLineItemForTheLearnersSub() {
        link(ALL_SCOPES, LINEITEM);
        stub.always(LINEITEM + "/scores", r -> Answer.json(200, "{}"));
        long id = queue(null);

        drain.drain();

        assertState(id).isEqualTo(SyncState.SENT);
        StubPlatformServices.Recorded score = stub.requestsTo(LINEITEM + "/scores").get(0);
        assertThat(score.body()).contains("\"userId\":\"moodle-user-5\"", "\"scoreGiven\":7.0", "\"scoreMaximum\":10.0",
                "\"activityProgress\":\"Completed\"", "\"gradingProgress\":\"FullyGraded\"");
        assertThat(stub.requestsTo(CONTAINER)).as("no line item search").isEmpty();
    }

    @Test
    void findsTheLineItemByResourceIdAndTagWhenTheLaunchNamesNone() {
        link(ALL_SCOPES, null);
        stub.always(CONTAINER, r -> Answer.json(200, "[{\"id\":\"" + stub.url(LINEITEM) + "\",\"label\":\"Quiz\","
                + "\"scoreMaximum\":10,\"resourceId\":\"lessons:q1\",\"tag\":\"quiz\"}]"));
        stub.always(LINEITEM + "/scores", r -> Answer.json(204, ""));
        long id = queue(new LineItemHint("Quiz", "lessons:q1", "quiz"));

        drain.drain();

        assertState(id).isEqualTo(SyncState.SENT);
        assertThat(stub.requestsTo(CONTAINER).get(0).uri().getQuery()).contains("resource_id=lessons:q1", "tag=quiz");
        assertThat(outbox.find(id).orElseThrow().lineItemUrl()).isEqualTo(stub.url(LINEITEM).toString());
    }

    @Test
    void createsTheLineItemWhenMissingAndReusesItOnTheRetry() {
        link(ALL_SCOPES, null);
        stub.always(CONTAINER, r -> "GET".equals(r.method()) ? Answer.json(200, "[]")
                : Answer.json(201, "{\"id\":\"" + stub.url(LINEITEM) + "\",\"label\":\"Quiz\",\"scoreMaximum\":10}"));
        stub.once(LINEITEM + "/scores", Answer.json(502, "Bad gateway"));
        stub.always(LINEITEM + "/scores", r -> Answer.json(200, "{}"));
        long id = queue(new LineItemHint("Quiz", "lessons:q1", null));

        drain.drain();
        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(SyncState.RETRYING);
        assertThat(outbox.find(id).orElseThrow().errorCode()).isEqualTo(GradeErrors.SERVER_ERROR);
        clock.advance(Duration.ofMinutes(1));
        drain.drain();

        assertState(id).isEqualTo(SyncState.SENT);
        assertThat(stub.requestsTo(CONTAINER).stream().filter(r -> "POST".equals(r.method())).count()).isOne();
        assertThat(stub.requestsTo(CONTAINER).get(1).body()).contains("\"label\":\"Quiz\"", "\"scoreMaximum\":10.0");
    }

    @Test
    void refreshesTheTokenOnceOnA401AndSends() {
        link(ALL_SCOPES, LINEITEM);
        stub.once(LINEITEM + "/scores", Answer.json(401, "{\"error\":\"invalid_token\"}"));
        stub.always(LINEITEM + "/scores", r -> Answer.json(200, "{}"));
        long id = queue(null);

        drain.drain();

        assertState(id).isEqualTo(SyncState.SENT);
        assertThat(stub.requestsTo("/token")).hasSize(2);
    }

    @Test
    void retriesWhenTheServiceRefusesTheNewTokenToo() {
        assertEnds(Answer.json(401, "{}"), SyncState.RETRYING, GradeErrors.UNAUTHORIZED);
    }

    @Test
    void failsOn403() {
        assertEnds(Answer.json(403, "{\"message\":\"Grades not accepted\"}"), SyncState.FAILED, GradeErrors.FORBIDDEN);
    }

    @Test
    void failsOn404() {
        assertEnds(Answer.json(404, "{}"), SyncState.FAILED, GradeErrors.NOT_FOUND);
    }

    @Test
    void failsOnMoodles422UserNotGradable() {
        assertEnds(Answer.json(422, "{\"message\":\"Incorrect score received: user not gradable\"}"), SyncState.FAILED,
                GradeErrors.USER_NOT_GRADABLE);
    }

    @Test
    void failsOnAnother400() {
        assertEnds(Answer.json(400, "{\"message\":\"bad timestamp\"}"), SyncState.FAILED, GradeErrors.REJECTED);
    }

    @Test
    void retriesOn429() {
        assertEnds(Answer.json(429, "{}"), SyncState.RETRYING, GradeErrors.RATE_LIMITED);
    }

    @Test
    void retriesATimeout() {
        link(ALL_SCOPES, LINEITEM);
        stub.always(LINEITEM + "/scores", r -> Answer.json(200, "{}").delayed(1500));
        long id = queue(null);

        drain(sender(ServiceTestData.http())).drain(); // 300 ms per request

        Submission row = outbox.find(id).orElseThrow();
        assertThat(row.state()).isEqualTo(SyncState.RETRYING);
        assertThat(row.errorCode()).isEqualTo(GradeErrors.TIMEOUT);
    }

    @Test
    void retriesAMalformedLineItemContainer() {
        link(ALL_SCOPES, null);
        stub.always(CONTAINER, r -> Answer.of(200, "text/html", "<html>maintenance</html>"));
        long id = queue(new LineItemHint("Quiz", "lessons:q1", null));

        drain.drain();

        assertState(id).isEqualTo(SyncState.RETRYING);
        assertThat(outbox.find(id).orElseThrow().errorCode()).isEqualTo(GradeErrors.MALFORMED_RESPONSE);
    }

    @Test
    void failsWithoutCallingThePlatformWhenTheLaunchGrantsNoScoreScope() {
        link(Set.of(AgsEndpoint.SCOPE_LINEITEM_READONLY), LINEITEM);
        long id = queue(null);

        drain.drain();

        assertState(id).isEqualTo(SyncState.FAILED);
        assertThat(outbox.find(id).orElseThrow().errorCode()).isEqualTo(GradeErrors.UNAVAILABLE);
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void failsWhenTheLinkHadNoAgsClaim() {
        long id = queue(null);

        drain.drain();

        assertThat(outbox.find(id).orElseThrow().errorCode()).isEqualTo(GradeErrors.UNAVAILABLE);
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void failsWhenThereIsNeitherALineItemClaimNorAHint() {
        link(ALL_SCOPES, null);
        long id = queue(null);

        drain.drain();

        assertThat(outbox.find(id).orElseThrow().errorCode()).isEqualTo(GradeErrors.UNAVAILABLE);
    }

    private void assertEnds(Answer answer, SyncState state, String code) {
        link(ALL_SCOPES, LINEITEM);
        stub.always(LINEITEM + "/scores", r -> answer);
        long id = queue(null);

        drain.drain();

        Submission row = outbox.find(id).orElseThrow();
        assertThat(row.state()).isEqualTo(state);
        assertThat(row.errorCode()).isEqualTo(code);
        assertThat(row.attempts()).isOne();
    }

    private void link(Set<String> scopes, String lineItem) {
        links.remember(new LinkEndpoint(11, "link-1", 21L, scopes, stub.url(CONTAINER).toString(),
                lineItem == null ? null : stub.url(lineItem).toString(), clock.instant()));
    }

    private long queue(LineItemHint hint) {
        return outbox.enqueue(new NewSubmission(3, 11, "link-1", 21L, 5, 7, 10, ActivityProgress.Completed,
                GradingProgress.FullyGraded, null, hint == null ? null : hint.label(),
                hint == null ? null : hint.resourceId(), hint == null ? null : hint.tag(), clock.instant()));
    }

    /** The state, described by the error code and detail when the assertion on it fails. */
    private org.assertj.core.api.AbstractObjectAssert<?, Object> assertState(long id) {
        Submission row = outbox.find(id).orElseThrow();
        return assertThat((Object) row.state()).as("%s: %s", row.errorCode(), row.errorDetail());
    }

    private static final class Links implements ResourceLinks {
        private final Map<String, LinkEndpoint> links = new HashMap<>();

        @Override
        public void remember(LinkEndpoint endpoint) {
            links.put(endpoint.deploymentPk() + "/" + endpoint.resourceLinkId(), endpoint);
        }

        @Override
        public Optional<LinkEndpoint> find(long deploymentPk, String resourceLinkId) {
            return Optional.ofNullable(links.get(deploymentPk + "/" + resourceLinkId));
        }
    }
}
