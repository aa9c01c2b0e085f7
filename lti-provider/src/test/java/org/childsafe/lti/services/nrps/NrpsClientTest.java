package org.childsafe.lti.services.nrps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.childsafe.lti.services.ServiceErrors;
import org.childsafe.lti.services.ServiceException;
import org.childsafe.lti.services.token.AccessTokenClient;
import org.childsafe.lti.services.token.ClientAssertion;
import org.childsafe.lti.services.token.ServiceClient;
import org.childsafe.lti.services.token.ServiceHttp;
import org.childsafe.lti.services.token.ServiceTestData;
import org.childsafe.lti.services.token.TokenCache;
import org.childsafe.lti.testplatform.MutableClock;
import org.childsafe.lti.testplatform.StubPlatformServices;
import org.childsafe.lti.testplatform.StubPlatformServices.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NrpsClientTest {

    private static final String MEMBERSHIPS = "/mod/lti/services.php/CourseSection/7/bindings/2/memberships";
    private static final String TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    private final StubPlatformServices stub = new StubPlatformServices();
    private final NrpsClient client = new NrpsClient(client(MutableClock.atDefaultStart()), ServiceTestData.endpoint(stub));

    /** 2 s per request (a loaded build machine still answers in time), 4 KiB per body (for the size test). */
    private static ServiceClient client(MutableClock clock) {
        ServiceHttp http = new ServiceHttp(Duration.ofSeconds(2), Duration.ofSeconds(2), 4096);
        return new ServiceClient(http, new TokenCache(new AccessTokenClient(http,
                new ClientAssertion(() -> ServiceTestData.TOOL_KEY, clock)), clock));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private NrpsEndpoint endpoint() {
        return new NrpsEndpoint(stub.url(MEMBERSHIPS), List.of("1.0", "2.0"));
    }

    // Parsing --------------------------------------------------------------------------------------------------------

    @Test
    void readsMembersWithRolesStatusAndNamesButNoEmail() {
        stub.always(MEMBERSHIPS, r -> Answer.of(200, TYPE, container(
                "{\"status\":\"Active\",\"name\":\"Nguyễn An\",\"given_name\":\"An\",\"family_name\":\"Nguyễn\","
                        + "\"email\":\"an@school.vn\",\"picture\":\"https://x/p.png\",\"user_id\":\"u-1\","
                        + "\"roles\":[\"http://purl.imsglobal.org/vocab/lis/v2/membership#Learner\"]}",
                "{\"user_id\":\"u-2\",\"roles\":[\"Instructor\"],\"status\":\"Inactive\"}")));

        List<Member> members = client.members(endpoint(), MembershipFilter.all());

        assertThat(members).hasSize(2);
        Member an = members.get(0);
        assertThat(an.userId()).isEqualTo("u-1");
        assertThat(an.roles()).containsExactly("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
        assertThat(an.active()).isTrue();
        assertThat(an.displayName()).contains("Nguyễn An");
        assertThat(an.toString()).doesNotContain("Nguyễn", "an@school.vn");
        Member teacher = members.get(1);
        assertThat(teacher.active()).isFalse();
        assertThat(teacher.displayName()).isEmpty();
    }

    @Test
    void treatsMissingStatusAsActiveAndJoinsGivenAndFamilyName() {
        stub.always(MEMBERSHIPS, r -> Answer.json(200, container(
                "{\"user_id\":\"u-3\",\"roles\":[],\"given_name\":\"Chi\",\"family_name\":\"Lê\"}")));

        Member member = client.members(endpoint(), MembershipFilter.all()).get(0);

        assertThat(member.active()).isTrue();
        assertThat(member.displayName()).contains("Chi Lê");
    }

    @Test
    void asksWithMembershipMediaTypeBearerTokenAndOnlyTheNrpsScope() {
        stub.always(MEMBERSHIPS, r -> Answer.json(200, container()));

        client.members(endpoint(), MembershipFilter.all());

        StubPlatformServices.Recorded request = stub.requestsTo(MEMBERSHIPS).get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.header("Accept")).isEqualTo(TYPE);
        assertThat(request.header("Authorization")).isEqualTo("Bearer token-1");
        assertThat(stub.requestsTo("/token").get(0).body())
                .contains("scope=https%3A%2F%2Fpurl.imsglobal.org%2Fspec%2Flti-nrps%2Fscope%2Fcontextmembership.readonly")
                .doesNotContain("lti-ags");
    }

    // Paging and filters ---------------------------------------------------------------------------------------------

    @Test
    void followsNextLinksAcrossThreePagesKeepingOrder() {
        String page2 = stub.url(MEMBERSHIPS + "?page=2").toString();
        stub.once(MEMBERSHIPS, Answer.json(200, container(member("a"), member("b")))
                        .withHeader("Link", "<" + page2 + ">; rel=\"next\", <" + stub.url(MEMBERSHIPS) + ">; rel=\"first\""))
                .once(MEMBERSHIPS, Answer.json(200, container(member("c"))).withHeader("Link", "<?page=3>; rel=\"next\""))
                .once(MEMBERSHIPS, Answer.json(200, container(member("d"))).withHeader("Link",
                        "<" + stub.url(MEMBERSHIPS) + ">; rel=\"first\""));

        List<Member> members = client.members(endpoint(), MembershipFilter.all());

        assertThat(members).extracting(Member::userId).containsExactly("a", "b", "c", "d");
        assertThat(stub.requestsTo(MEMBERSHIPS)).extracting(r -> r.uri().getQuery())
                .containsExactly(null, "page=2", "page=3");
        assertThat(stub.requestsTo("/token")).hasSize(1);
    }

    @Test
    void stopsFollowingNextLinksAtPageCap() {
        stub.always(MEMBERSHIPS, r -> Answer.json(200, container(member("x")))
                .withHeader("Link", "<" + stub.url(MEMBERSHIPS) + ">; rel=\"next\""));

        List<Member> members = client.members(endpoint(), MembershipFilter.all());

        assertThat(stub.requestsTo(MEMBERSHIPS)).hasSize(NrpsClient.MAX_PAGES);
        assertThat(members).hasSize(NrpsClient.MAX_PAGES);
    }

    @Test
    void sendsRlidRoleAndLimitAfterThePlatformsOwnQuery() {
        stub.always(MEMBERSHIPS, r -> Answer.json(200, container()));
        NrpsEndpoint withQuery = new NrpsEndpoint(stub.url(MEMBERSHIPS + "?type_id=3"), List.of("2.0"));

        client.members(withQuery, MembershipFilter.all().withResourceLinkId("link 7&x")
                .withRole("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner").withLimit(50));

        assertThat(stub.requestsTo(MEMBERSHIPS).get(0).uri().getRawQuery()).isEqualTo("type_id=3&rlid=link+7%26x"
                + "&role=http%3A%2F%2Fpurl.imsglobal.org%2Fvocab%2Flis%2Fv2%2Fmembership%23Learner&limit=50");
    }

    @Test
    void refusesNonPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> MembershipFilter.all().withLimit(0));
    }

    @Test
    void refusesPlatformWithoutVersion2WithoutSendingAnything() {
        NrpsEndpoint old = new NrpsEndpoint(stub.url(MEMBERSHIPS), List.of("1.0"));

        ServiceException e = assertThrows(ServiceException.class, () -> client.members(old, MembershipFilter.all()));

        assertThat(e.code()).isEqualTo(ServiceErrors.SCOPE_NOT_GRANTED);
        assertThat(stub.requests()).isEmpty();
    }

    // Errors ---------------------------------------------------------------------------------------------------------

    @Test
    void retriesOnceWithNewTokenAfter401ThenSucceeds() {
        stub.once(MEMBERSHIPS, Answer.json(401, "{}")).always(MEMBERSHIPS, r -> Answer.json(200, container(member("a"))));

        assertThat(client.members(endpoint(), MembershipFilter.all())).hasSize(1);

        assertThat(stub.requestsTo("/token")).hasSize(2);
        assertThat(stub.requestsTo(MEMBERSHIPS)).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void reportsUnauthorizedAfterSecond401() {
        stub.always(MEMBERSHIPS, r -> Answer.json(401, "{}"));

        assertThat(failure().code()).isEqualTo(ServiceErrors.UNAUTHORIZED);
        assertThat(stub.requestsTo("/token")).hasSize(2);
    }

    @Test
    void reportsForbidden() {
        stub.always(MEMBERSHIPS, r -> Answer.json(403, "{\"error\":\"NRPS disabled for this tool\"}"));

        ServiceException e = failure();

        assertThat(e.code()).isEqualTo(ServiceErrors.FORBIDDEN);
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void reportsUnknownContextAsNotFoundWithPlatformMessage() {
        stub.always(MEMBERSHIPS, r -> Answer.json(404, "{\"message\":\"Course not found\"}"));

        ServiceException e = failure();

        assertThat(e.code()).isEqualTo(ServiceErrors.NRPS_NOT_FOUND);
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.platformMessage()).hasValueSatisfying(m -> assertThat(m).contains("Course not found"));
    }

    @Test
    void reportsOther4xxAsRejected() {
        stub.always(MEMBERSHIPS, r -> Answer.json(400, "{}"));

        assertThat(failure().code()).isEqualTo(ServiceErrors.NRPS_REJECTED);
    }

    @Test
    void reportsServerErrorAndTimeoutAsRetryableUnavailable() {
        stub.once(MEMBERSHIPS, Answer.of(502, "text/html", "<h1>Bad gateway</h1>"))
                .always(MEMBERSHIPS, r -> Answer.json(200, container()).delayed(4000));

        ServiceException serverError = failure();
        ServiceException timeout = failure();

        assertThat(serverError.code()).isEqualTo(ServiceErrors.UNAVAILABLE);
        assertThat(serverError.retryable()).isTrue();
        assertThat(timeout.code()).isEqualTo(ServiceErrors.UNAVAILABLE);
        assertThat(timeout.retryable()).isTrue();
    }

    @Test
    void reportsRedirectAsMalformed() {
        stub.always(MEMBERSHIPS, r -> Answer.json(302, "").withHeader("Location", "https://evil.example/"));

        assertThat(failure().code()).isEqualTo(ServiceErrors.MALFORMED_RESPONSE);
    }

    @Test
    void reportsEveryMalformedBodyAsMalformed() {
        for (String body : List.of("<html>Moodle login</html>", "[]", "{\"members\":{}}", "{\"id\":\"x\"}",
                "{\"members\":[1]}", "{\"members\":[{\"roles\":[]}]}", "{\"members\":[{\"user_id\":\"u\"}]}",
                "{\"members\":[{\"user_id\":\"u\",\"roles\":[7]}]}", "{\"members\":[{\"user_id\":\"u\",\"roles\":[],\"name\":5}]}",
                "{\"members\":[" + member("x".repeat(5000)) + "]}")) {
            stub.once(MEMBERSHIPS, Answer.json(200, body));

            assertThat(failure().code()).as(body).isEqualTo(ServiceErrors.MALFORMED_RESPONSE);
        }
    }

    // Claim ----------------------------------------------------------------------------------------------------------

    @Test
    void readsTheLaunchClaim() {
        NrpsEndpoint endpoint = NrpsEndpoint.fromClaim(java.util.Map.of(
                "context_memberships_url", "https://moodle.example/mod/lti/services.php/CourseSection/7/bindings/2/memberships",
                "service_versions", List.of("1.0", "2.0")));

        assertThat(endpoint.contextMembershipsUrl()).isEqualTo(
                URI.create("https://moodle.example/mod/lti/services.php/CourseSection/7/bindings/2/memberships"));
        assertThat(endpoint.versionsText()).isEqualTo("1.0,2.0");
        assertThat(endpoint.supportsVersion2()).isTrue();
    }

    @Test
    void refusesMalformedClaims() {
        for (java.util.Map<String, ?> claim : List.<java.util.Map<String, ?>>of(
                java.util.Map.of(),
                java.util.Map.of("context_memberships_url", 7),
                java.util.Map.of("context_memberships_url", "/relative"),
                java.util.Map.of("context_memberships_url", "javascript:alert(1)"),
                java.util.Map.of("context_memberships_url", "ftp://x.example/m"),
                java.util.Map.of("context_memberships_url", "https://x.example/m", "service_versions", "2.0"),
                java.util.Map.of("context_memberships_url", "https://x.example/m", "service_versions", List.of(2)))) {
            assertThrows(IllegalArgumentException.class, () -> NrpsEndpoint.fromClaim(claim), claim.toString());
        }
    }

    private ServiceException failure() {
        return assertThrows(ServiceException.class, () -> client.members(endpoint(), MembershipFilter.all()));
    }

    private static String member(String userId) {
        return "{\"user_id\":\"" + userId + "\",\"roles\":[\"Learner\"]}";
    }

    private static String container(String... members) {
        return "{\"id\":\"m\",\"context\":{\"id\":\"7\"},\"members\":[" + String.join(",", members) + "]}";
    }

}
