package org.childsafe.lti.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.registration.domain.PlatformEndpoints;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationOrigin;
import org.childsafe.lti.registration.domain.RegistrationRepository;
import org.childsafe.lti.services.ServiceErrors;
import org.childsafe.lti.services.ServiceException;
import org.childsafe.lti.services.nrps.NrpsClient;
import org.childsafe.lti.services.token.ServiceTestData;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.domain.LtiContext;
import org.childsafe.lti.session.domain.People;
import org.childsafe.lti.testplatform.MutableClock;
import org.childsafe.lti.testplatform.StubPlatformServices;
import org.childsafe.lti.testplatform.StubPlatformServices.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RosterService with a stub platform: who may read, which course, the cache, the learner filter. */
class RosterServiceUseCaseTest {

    private static final String MEMBERSHIPS = "/nrps/course-7/memberships";
    private static final long DEPLOYMENT = 5;
    private static final long COURSE = 70;
    private static final long OTHER_SCHOOL_COURSE = 71;
    private static final long COURSE_WITHOUT_NRPS = 72;
    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    private final StubPlatformServices stub = new StubPlatformServices();
    private final MutableClock clock = MutableClock.atDefaultStart();
    private final Map<Long, LtiContext> contexts = new HashMap<>();
    private final List<String> audited = new java.util.ArrayList<>();
    private final RosterAudit audits = new RosterAudit() {
        @Override
        public void read(LaunchIdentity caller, int members, boolean resourceLinkFilter) {
            audited.add(caller.userId() + ":" + members + ":" + resourceLinkFilter);
        }
    };
    private RosterService roster;

    @BeforeEach
    void setUp() {
        contexts.put(COURSE, context(COURSE, DEPLOYMENT, stub.url(MEMBERSHIPS).toString()));
        contexts.put(OTHER_SCHOOL_COURSE, context(OTHER_SCHOOL_COURSE, DEPLOYMENT + 1, stub.url(MEMBERSHIPS).toString()));
        contexts.put(COURSE_WITHOUT_NRPS, context(COURSE_WITHOUT_NRPS, DEPLOYMENT, null));
        Registration registration = new Registration("https://lms.example", ServiceTestData.CLIENT_ID,
                new PlatformEndpoints(URI.create("https://lms.example/auth"), URI.create("https://lms.example/jwks"),
                        Optional.of(stub.url("/token")), Optional.empty()),
                "LMS", RegistrationOrigin.MANUAL, Instant.EPOCH);
        assignId(registration, 42L);
        roster = new RosterService(double_(People.class, "findContext", args -> Optional.ofNullable(contexts.get((Long) args[0]))),
                double_(RegistrationRepository.class, "findById", args -> Optional.of(registration)),
                clock, endpoint -> new NrpsClient(patientClient(), endpoint), Duration.ofSeconds(60),
                audits);
        stub.always(MEMBERSHIPS, r -> Answer.json(200, "{\"members\":["
                + "{\"user_id\":\"s-1\",\"name\":\"An\",\"roles\":[\"" + LEARNER + "\"]},"
                + "{\"user_id\":\"s-2\",\"roles\":[\"" + LEARNER + "\"],\"status\":\"Inactive\"},"
                + "{\"user_id\":\"t-1\",\"roles\":[\"http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor\"]}]}"));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void givesTheTeacherEveryMemberOfTheLaunchCourse() {
        List<RosterMember> members = roster.members(caller(ToolRole.INSTRUCTOR, false, COURSE));

        assertThat(members).extracting(RosterMember::userId).containsExactly("s-1", "s-2", "t-1");
        assertThat(members.get(0).displayName()).contains("An");
        assertThat(members.get(0).toString()).doesNotContain("An,", "=An");
    }

    @Test
    void learnersAreTheActiveLearnersOnly() {
        assertThat(roster.learners(caller(ToolRole.ADMINISTRATOR, false, COURSE), null))
                .extracting(RosterMember::userId).containsExactly("s-1");
    }

    @Test
    void aCounselorOfTheSchoolMayReadEvenAsLearner() {
        assertThat(roster.members(caller(ToolRole.LEARNER, true, COURSE))).hasSize(3);
    }

    @Test
    void refusesALearnerWithoutCallingThePlatform() {
        RosterException e = assertThrows(RosterException.class, () -> roster.members(caller(ToolRole.LEARNER, false, COURSE)));

        assertThat(e.code()).isEqualTo(RosterException.FORBIDDEN);
        assertThat(stub.requests()).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void refusesALaunchWithoutCourse() {
        assertThat(assertThrows(RosterException.class, () -> roster.members(caller(ToolRole.INSTRUCTOR, false, null)))
                .code()).isEqualTo(RosterException.NO_CONTEXT);
    }

    @Test
    void neverReadsACourseOfAnotherDeployment() {
        RosterException e = assertThrows(RosterException.class,
                () -> roster.members(caller(ToolRole.INSTRUCTOR, false, OTHER_SCHOOL_COURSE)));

        assertThat(e.code()).isEqualTo(RosterException.NO_CONTEXT);
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void saysNotOfferedWhenNoLaunchCarriedTheClaim() {
        assertThat(assertThrows(RosterException.class,
                () -> roster.members(caller(ToolRole.INSTRUCTOR, false, COURSE_WITHOUT_NRPS))).code())
                .isEqualTo(RosterException.NOT_OFFERED);
    }

    @Test
    void servesFromCacheWithinTheTtlPerResourceLinkThenAsksAgain() {
        LaunchIdentity teacher = caller(ToolRole.INSTRUCTOR, false, COURSE);

        roster.members(teacher);
        clock.advance(Duration.ofSeconds(59));
        roster.members(teacher);
        roster.members(teacher, "link-1");
        clock.advance(Duration.ofSeconds(2));
        roster.members(teacher);

        assertThat(stub.requestsTo(MEMBERSHIPS)).extracting(r -> r.uri().getQuery())
                .containsExactly(null, "rlid=link-1", null);
        assertThat(audited).as("each platform read is audited, cache hits are not")
                .containsExactly("9:3:false", "9:3:true", "9:3:false");
    }

    @Test
    void passesPlatformFailuresOnWithTheirCode() {
        stub.always(MEMBERSHIPS, r -> Answer.json(403, "{}"));

        ServiceException e = assertThrows(ServiceException.class, () -> roster.members(caller(ToolRole.INSTRUCTOR, false, COURSE)));

        assertThat(e.code()).isEqualTo(ServiceErrors.FORBIDDEN);
    }

    /** Generous timeouts: these tests are about the roster rules, not about slow platforms. */
    private org.childsafe.lti.services.token.ServiceClient patientClient() {
        var http = new org.childsafe.lti.services.token.ServiceHttp(Duration.ofSeconds(5), Duration.ofSeconds(20), 65536);
        return new org.childsafe.lti.services.token.ServiceClient(http, new org.childsafe.lti.services.token.TokenCache(
                new org.childsafe.lti.services.token.AccessTokenClient(http,
                        new org.childsafe.lti.services.token.ClientAssertion(() -> ServiceTestData.TOOL_KEY, clock)), clock));
    }

    private static LaunchIdentity caller(ToolRole role, boolean counselor, Long course) {
        return new LaunchIdentity(42L, "https://lms.example", DEPLOYMENT, "dep-1", "School", 9L, null, course, "7A",
                Set.of(role), counselor, "lessons", "link-1", null, Instant.EPOCH);
    }

    private static LtiContext context(long id, long deploymentPk, String membershipsUrl) {
        LtiContext context = new LtiContext(deploymentPk, "ctx-" + id, Instant.EPOCH);
        if (membershipsUrl != null) {
            context.offersMemberships(membershipsUrl, "2.0");
        }
        assignId(context, id);
        return context;
    }

    /** A test double of a port answering one method; any other call fails the test. */
    private static <T> T double_(Class<T> type, String method, java.util.function.Function<Object[], Object> answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (m.getName().equals(method) && args != null && args.length == 1 && args[0] instanceof Long) {
                return answer.apply(args);
            }
            throw new AssertionError("unexpected call " + m);
        }));
    }

    private static void assignId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
