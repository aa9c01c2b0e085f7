package org.childsafe.lti.services.ags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.childsafe.lti.services.ServiceErrors;
import org.childsafe.lti.services.ServiceException;
import org.childsafe.lti.services.token.ServiceTestData;
import org.childsafe.lti.testplatform.MutableClock;
import org.childsafe.lti.testplatform.StubPlatformServices;
import org.childsafe.lti.testplatform.StubPlatformServices.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AgsClientTest {

    private static final String CONTAINER = "/mod/lti/services.php/2/lineitems";
    private static final String LINEITEM = "/mod/lti/services.php/2/lineitems/7/lineitem";
    private static final Instant WHEN = Instant.parse("2025-03-01T09:15:30.120Z");

    private final StubPlatformServices stub = new StubPlatformServices();
    private final AgsClient client = new AgsClient(ServiceTestData.serviceClient(MutableClock.atDefaultStart()),
            ServiceTestData.endpoint(stub));

    @AfterEach
    void stop() {
        stub.close();
    }

    // Scores ---------------------------------------------------------------------------------------------------------

    @Test
    void postsScoreToScoresPathBeforeMoodleQueryString() {
        stub.always(LINEITEM + "/scores", r -> Answer.json(200, "{}"));

        client.postScore(stub.url(LINEITEM + "?type_id=3"), Score.graded("user-5", 8.5, 10, WHEN));

        StubPlatformServices.Recorded request = stub.requestsTo(LINEITEM + "/scores").get(0);
        assertThat(request.uri().toString()).isEqualTo(LINEITEM + "/scores?type_id=3");
        assertThat(request.method()).isEqualTo("POST");
    }

    @Test
    void sendsExactScoreJsonWithScoreMediaTypeAndMillisecondTimestamp() {
        stub.always(LINEITEM + "/scores", r -> Answer.json(204, ""));
        Score score = new Score("user-5", OptionalDouble.of(7), 10, ActivityProgress.Submitted,
                GradingProgress.PendingManual, Instant.parse("2025-03-01T09:15:30Z"), Optional.of("Xin chào \"em\""));

        client.postScore(stub.url(LINEITEM), score);

        StubPlatformServices.Recorded request = stub.requestsTo(LINEITEM + "/scores").get(0);
        assertThat(request.header("Content-Type")).isEqualTo("application/vnd.ims.lis.v1.score+json");
        assertThat(request.header("Authorization")).isEqualTo("Bearer token-1");
        assertThat(request.body()).isEqualTo("{\"userId\":\"user-5\",\"scoreGiven\":7.0,\"scoreMaximum\":10.0,"
                + "\"activityProgress\":\"Submitted\",\"gradingProgress\":\"PendingManual\","
                + "\"timestamp\":\"2025-03-01T09:15:30.000Z\",\"comment\":\"Xin chào \\\"em\\\"\"}");
    }

    @Test
    void leavesOutScoreGivenAndCommentWhenAbsent() {
        stub.always(LINEITEM + "/scores", r -> Answer.json(200, "{}"));

        client.postScore(stub.url(LINEITEM), new Score("u", OptionalDouble.empty(), 10, ActivityProgress.Started,
                GradingProgress.NotReady, WHEN, Optional.empty()));

        assertThat(stub.requestsTo(LINEITEM + "/scores").get(0).body()).isEqualTo("{\"userId\":\"u\",\"scoreMaximum\":10.0,"
                + "\"activityProgress\":\"Started\",\"gradingProgress\":\"NotReady\",\"timestamp\":\"2025-03-01T09:15:30.120Z\"}");
    }

    @Test
    void asksTokenOnlyForScoreScope() {
        stub.always(LINEITEM + "/scores", r -> Answer.json(200, "{}"));

        client.postScore(stub.url(LINEITEM), Score.graded("u", 1, 1, WHEN));

        assertThat(stub.requestsTo("/token").get(0).body())
                .endsWith("&scope=https%3A%2F%2Fpurl.imsglobal.org%2Fspec%2Flti-ags%2Fscope%2Fscore");
    }

    @Test
    void keepsPlatformMessageWhenUserNotFound() {
        stub.always(LINEITEM + "/scores", r -> Answer.json(404,
                "{\"message\":\"Incorrect user ID: user-5 is not enrolled\"}"));

        ServiceException e = assertThrows(ServiceException.class, () -> postScore());

        assertThat(e.code()).isEqualTo(ServiceErrors.AGS_NOT_FOUND);
        assertThat(e.platformMessage()).contains("Incorrect user ID: user-5 is not enrolled");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void truncatesLongPlatformMessage() {
        stub.always(LINEITEM + "/scores", r -> Answer.of(404, "text/plain", "x".repeat(1000)));

        ServiceException e = assertThrows(ServiceException.class, () -> postScore());

        assertThat(e.platformMessage().orElseThrow()).hasSize(300);
    }

    @Test
    void reportsRejectedScoreFor422And400() {
        stub.once(LINEITEM + "/scores", Answer.json(422, "{\"message\":\"scoreGiven > scoreMaximum\"}"))
                .once(LINEITEM + "/scores", Answer.json(400, "{}"));

        assertThat(assertThrows(ServiceException.class, () -> postScore()).code()).isEqualTo(ServiceErrors.AGS_REJECTED);
        assertThat(assertThrows(ServiceException.class, () -> postScore()).code()).isEqualTo(ServiceErrors.AGS_REJECTED);
    }

    @Test
    void reportsForbiddenScore() {
        stub.always(LINEITEM + "/scores", r -> Answer.json(403, "{}"));

        assertThat(assertThrows(ServiceException.class, () -> postScore()).code()).isEqualTo(ServiceErrors.FORBIDDEN);
    }

    @Test
    void reportsServerErrorAsRetryableUnavailable() {
        stub.always(LINEITEM + "/scores", r -> Answer.of(500, "text/html", "<h1>Error</h1>"));

        ServiceException e = assertThrows(ServiceException.class, () -> postScore());

        assertThat(e.code()).isEqualTo(ServiceErrors.UNAVAILABLE);
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void reportsSlowPlatformAsRetryableUnavailable() {
        stub.always(LINEITEM + "/scores", r -> Answer.json(200, "{}").delayed(1500));

        ServiceException e = assertThrows(ServiceException.class, () -> postScore());

        assertThat(e.code()).isEqualTo(ServiceErrors.UNAVAILABLE);
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void retriesOnceWithNewTokenAfter401ThenSucceeds() {
        stub.once(LINEITEM + "/scores", Answer.json(401, "{}")).always(LINEITEM + "/scores", r -> Answer.json(200, "{}"));

        postScore();

        assertThat(stub.requestsTo("/token")).hasSize(2);
        assertThat(stub.requestsTo(LINEITEM + "/scores")).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void reportsUnauthorizedAfterSecond401() {
        stub.always(LINEITEM + "/scores", r -> Answer.json(401, "{}"));

        assertThat(assertThrows(ServiceException.class, () -> postScore()).code()).isEqualTo(ServiceErrors.UNAUTHORIZED);
        assertThat(stub.requestsTo("/token")).hasSize(2);
    }

    @Test
    void refusesScoreWhenLaunchDidNotGrantScoreScope() {
        AgsEndpoint readOnly = new AgsEndpoint(Set.of(AgsEndpoint.SCOPE_LINEITEM_READONLY), Optional.empty(), Optional.empty());

        ServiceException e = assertThrows(ServiceException.class,
                () -> client.postScore(readOnly, stub.url(LINEITEM), Score.graded("u", 1, 1, WHEN)));

        assertThat(e.code()).isEqualTo(ServiceErrors.SCOPE_NOT_GRANTED);
        assertThat(stub.requests()).isEmpty();
    }

    // Line items -----------------------------------------------------------------------------------------------------

    @Test
    void followsNextLinkAcrossTwoPagesWithFilters() {
        String next = stub.url(CONTAINER + "?type_id=3&page=2").toString();
        stub.once(CONTAINER, Answer.of(200, "application/vnd.ims.lis.v2.lineitemcontainer+json", "[" + item("1", "Quiz 1", "r1") + "]")
                        .withHeader("Link", "<" + next + ">; rel=\"next\", <" + stub.url(CONTAINER) + ">; rel=\"first\""))
                .once(CONTAINER, Answer.of(200, "application/vnd.ims.lis.v2.lineitemcontainer+json", "[" + item("2", "Quiz 2", "r2") + "]"));

        List<LineItem> items = client.lineItems(endpoint(AgsEndpoint.SCOPE_LINEITEM_READONLY),
                LineItemFilter.all().withResourceLinkId("rl 1").withResourceId("r").withTag("grade").withLimit(1));

        assertThat(items).extracting(LineItem::label).containsExactly("Quiz 1", "Quiz 2");
        List<StubPlatformServices.Recorded> requests = stub.requestsTo(CONTAINER);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).uri().toString())
                .isEqualTo(CONTAINER + "?type_id=3&resource_link_id=rl+1&resource_id=r&tag=grade&limit=1");
        assertThat(requests.get(0).header("Accept")).isEqualTo("application/vnd.ims.lis.v2.lineitemcontainer+json");
        assertThat(requests.get(1).uri().toString()).isEqualTo(CONTAINER + "?type_id=3&page=2");
        assertThat(stub.requestsTo("/token").get(0).body())
                .endsWith("&scope=https%3A%2F%2Fpurl.imsglobal.org%2Fspec%2Flti-ags%2Fscope%2Flineitem.readonly");
    }

    @Test
    void stopsFollowingNextLinksAtPageCap() {
        stub.always(CONTAINER, r -> Answer.json(200, "[]").withHeader("Link", "<" + stub.url(CONTAINER) + ">; rel=\"next\""));

        client.lineItems(endpoint(AgsEndpoint.SCOPE_LINEITEM), LineItemFilter.all());

        assertThat(stub.requestsTo(CONTAINER)).hasSize(AgsClient.MAX_PAGES);
    }

    @Test
    void createsLineItemWithLineItemMediaType() {
        stub.always(CONTAINER, r -> Answer.of(201, "application/vnd.ims.lis.v2.lineitem+json", item("9", "Safety quiz", "quiz-9")));

        LineItem created = client.create(endpoint(AgsEndpoint.SCOPE_LINEITEM), LineItem.newItem("Safety quiz", 10, "quiz-9", "grade"));

        assertThat(created.id()).contains(stub.url(CONTAINER + "/9/lineitem"));
        StubPlatformServices.Recorded request = stub.requestsTo(CONTAINER).get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri().toString()).isEqualTo(CONTAINER + "?type_id=3");
        assertThat(request.header("Content-Type")).isEqualTo("application/vnd.ims.lis.v2.lineitem+json");
        assertThat(request.body()).isEqualTo("{\"label\":\"Safety quiz\",\"scoreMaximum\":10.0,\"resourceId\":\"quiz-9\",\"tag\":\"grade\"}");
    }

    @Test
    void refusesLineItemWithoutLabelOrPositiveMaximum() {
        assertThrows(IllegalArgumentException.class, () -> LineItem.newItem(" ", 10, null, null));
        assertThrows(IllegalArgumentException.class, () -> LineItem.newItem("Quiz", 0, null, null));
    }

    @Test
    void refusesCreateWithReadOnlyScope() {
        ServiceException e = assertThrows(ServiceException.class, () -> client.create(
                endpoint(AgsEndpoint.SCOPE_LINEITEM_READONLY, AgsEndpoint.SCOPE_SCORE), LineItem.newItem("Quiz", 10, null, null)));

        assertThat(e.code()).isEqualTo(ServiceErrors.SCOPE_NOT_GRANTED);
    }

    @Test
    void findOrCreateReturnsExistingLineItemWithoutCreating() {
        stub.always(CONTAINER, r -> Answer.json(200, "[" + item("4", "Quiz", "quiz-9") + "]"));

        LineItem found = client.findOrCreate(endpoint(AgsEndpoint.SCOPE_LINEITEM), "quiz-9", "Quiz", 10, null);

        assertThat(found.id()).contains(stub.url(CONTAINER + "/4/lineitem"));
        assertThat(stub.requestsTo(CONTAINER)).extracting(StubPlatformServices.Recorded::method).containsExactly("GET");
    }

    @Test
    void findOrCreateCreatesWhenMissing() {
        stub.always(CONTAINER, r -> r.method().equals("GET") ? Answer.json(200, "[]")
                : Answer.json(201, item("5", "Quiz", "quiz-9")));

        LineItem created = client.findOrCreate(endpoint(AgsEndpoint.SCOPE_LINEITEM), "quiz-9", "Quiz", 10, "grade");

        assertThat(created.id()).contains(stub.url(CONTAINER + "/5/lineitem"));
        assertThat(stub.requestsTo(CONTAINER)).extracting(StubPlatformServices.Recorded::method).containsExactly("GET", "POST");
        assertThat(stub.requestsTo(CONTAINER).get(0).uri().getQuery()).isEqualTo("type_id=3&resource_id=quiz-9&tag=grade");
    }

    @Test
    void reportsMalformedContainer() {
        stub.always(CONTAINER, r -> Answer.of(200, "text/html", "<html>Moodle login</html>"));

        ServiceException e = assertThrows(ServiceException.class,
                () -> client.lineItems(endpoint(AgsEndpoint.SCOPE_LINEITEM), LineItemFilter.all()));

        assertThat(e.code()).isEqualTo(ServiceErrors.MALFORMED_RESPONSE);
    }

    @Test
    void reportsLineItemWithoutIdAsMalformed() {
        stub.always(CONTAINER, r -> Answer.json(200, "[{\"label\":\"Quiz\",\"scoreMaximum\":10}]"));

        ServiceException e = assertThrows(ServiceException.class,
                () -> client.lineItems(endpoint(AgsEndpoint.SCOPE_LINEITEM), LineItemFilter.all()));

        assertThat(e.code()).isEqualTo(ServiceErrors.MALFORMED_RESPONSE);
    }

    @Test
    void reportsOversizedContainerAsMalformed() {
        stub.always(CONTAINER, r -> Answer.json(200, "[" + (item("1", "x".repeat(5000), "r")) + "]"));

        ServiceException e = assertThrows(ServiceException.class,
                () -> client.lineItems(endpoint(AgsEndpoint.SCOPE_LINEITEM), LineItemFilter.all()));

        assertThat(e.code()).isEqualTo(ServiceErrors.MALFORMED_RESPONSE);
    }

    @Test
    void scoresUrlKeepsTrailingSlashFreePathAndQuery() {
        assertThat(AgsClient.scoresUrl(URI.create("https://lms.example/li/7/?a=1&b=%20")))
                .isEqualTo(URI.create("https://lms.example/li/7/scores?a=1&b=%20"));
        assertThat(AgsClient.scoresUrl(URI.create("https://canvas.example/api/lti/courses/1/line_items/2")))
                .isEqualTo(URI.create("https://canvas.example/api/lti/courses/1/line_items/2/scores"));
    }

    private void postScore() {
        client.postScore(stub.url(LINEITEM + "?type_id=3"), Score.graded("user-5", 8, 10, WHEN));
    }

    private AgsEndpoint endpoint(String... scopes) {
        return new AgsEndpoint(Set.of(scopes), Optional.of(stub.url(CONTAINER + "?type_id=3")), Optional.empty());
    }

    private String item(String id, String label, String resourceId) {
        return "{\"id\":\"" + stub.url(CONTAINER + "/" + id + "/lineitem") + "\",\"label\":\"" + label
                + "\",\"scoreMaximum\":10,\"resourceId\":\"" + resourceId + "\",\"tag\":\"grade\"}";
    }
}
