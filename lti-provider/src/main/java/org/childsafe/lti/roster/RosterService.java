package org.childsafe.lti.roster;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import org.childsafe.lti.keys.application.ToolKeyService;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationRepository;
import org.childsafe.lti.services.nrps.MembershipFilter;
import org.childsafe.lti.services.nrps.NrpsClient;
import org.childsafe.lti.services.nrps.NrpsEndpoint;
import org.childsafe.lti.services.token.AccessTokenClient;
import org.childsafe.lti.services.token.ClientAssertion;
import org.childsafe.lti.services.token.ServiceClient;
import org.childsafe.lti.services.token.ServiceHttp;
import org.childsafe.lti.services.token.TokenCache;
import org.childsafe.lti.services.token.TokenEndpoint;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.domain.LtiContext;
import org.childsafe.lti.session.domain.People;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The roster of the course a teacher or counselor launched from, read from the platform with NRPS 2.0: for the
 * lessons teacher dashboard ("who has not started yet") and the counselor's view of a course.
 *
 * <h2>Who may ask</h2>
 * Only a launch with the instructor or administrator role, or a counselor of the launch's deployment (school);
 * anyone else gets {@link RosterException#FORBIDDEN}. The roster is always that of the launch's own course
 * ({@link LaunchIdentity#contextPk()}): a caller cannot name another course.
 *
 * <h2>Cache</h2>
 * A roster is kept in memory per course and resource-link filter for {@code tool.roster.cache-seconds}
 * (default {@value #DEFAULT_CACHE_SECONDS}), so a dashboard refresh does not call the platform each time. Names
 * exist only in this cache and in the page being rendered; nothing is stored.
 *
 * <h2>Service client</h2>
 * Until the service token client is produced by CDI (the AGS queue work), this bean builds its own
 * {@link ServiceClient} + {@link TokenCache} with the tool's signing key, exactly as {@code AgsClient} is used.
 *
 * <h2>Audit</h2>
 * Every read from the platform (not a cache hit) is audited by {@link RosterAudit}.
 */
@ApplicationScoped
public class RosterService {

    static final long DEFAULT_CACHE_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(RosterService.class.getName());

    @Inject
    People people;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Clock clock;

    @Inject
    ToolKeyService toolKeys;

    @Inject
    RosterAudit audit;

    @Inject
    @ConfigProperty(name = "tool.roster.cache-seconds", defaultValue = "60")
    long cacheSeconds;

    private Function<TokenEndpoint, NrpsClient> clients;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** For CDI. */
    protected RosterService() {
    }

    /** For tests outside the container. */
    RosterService(People people, RegistrationRepository registrations, Clock clock,
                  Function<TokenEndpoint, NrpsClient> clients, Duration cacheTtl, RosterAudit audit) {
        this.audit = Objects.requireNonNull(audit, "Audit is required.");
        this.people = Objects.requireNonNull(people, "People are required.");
        this.registrations = Objects.requireNonNull(registrations, "Registrations are required.");
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
        this.clients = Objects.requireNonNull(clients, "Client factory is required.");
        this.cacheSeconds = cacheTtl.toSeconds();
    }

    @PostConstruct
    void init() {
        if (cacheSeconds < 0) {
            throw new IllegalStateException("tool.roster.cache-seconds must be 0 or more, not " + cacheSeconds + ".");
        }
        ServiceHttp http = ServiceHttp.withDefaults();
        ServiceClient services = new ServiceClient(http,
                new TokenCache(new AccessTokenClient(http, new ClientAssertion(toolKeys, clock)), clock));
        clients = endpoint -> new NrpsClient(services, endpoint);
    }

    /** Every member of the launch's course (active or not, any role). */
    public List<RosterMember> members(LaunchIdentity caller) {
        return members(caller, null);
    }

    /**
     * The members of the launch's course who can access one resource link (NRPS 2.0 §3.1, {@code rlid}), or
     * every member when {@code resourceLinkId} is null.
     *
     * @throws RosterException with {@link RosterException#FORBIDDEN}, {@link RosterException#NO_CONTEXT} or
     *                         {@link RosterException#NOT_OFFERED}
     * @throws org.childsafe.lti.services.ServiceException when the platform's service fails
     */
    public List<RosterMember> members(LaunchIdentity caller, String resourceLinkId) {
        Objects.requireNonNull(caller, "Caller is required.");
        if (!mayRead(caller)) {
            throw new RosterException(RosterException.FORBIDDEN, "only staff and counselors may read a roster");
        }
        if (caller.contextPk() == null) {
            throw new RosterException(RosterException.NO_CONTEXT, "the launch had no course");
        }
        String key = caller.contextPk() + "|" + (resourceLinkId == null ? "" : resourceLinkId);
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && now.isBefore(cached.expiresAt())) {
            return cached.members();
        }
        List<RosterMember> fetched = fetch(caller, resourceLinkId);
        audit.read(caller, fetched.size(), resourceLinkId != null);
        cache.put(key, new Cached(fetched, now.plusSeconds(cacheSeconds)));
        cache.entrySet().removeIf(entry -> !now.isBefore(entry.getValue().expiresAt()));
        return fetched;
    }

    /** The active learners of the launch's course, e.g. to find who has not started a lesson. */
    public List<RosterMember> learners(LaunchIdentity caller, String resourceLinkId) {
        return members(caller, resourceLinkId).stream().filter(RosterMember::activeLearner).toList();
    }

    /** Instructors, administrators and counselors of the launch's deployment. */
    public static boolean mayRead(LaunchIdentity caller) {
        return caller.has(ToolRole.INSTRUCTOR) || caller.has(ToolRole.ADMINISTRATOR) || caller.counselor();
    }

    private List<RosterMember> fetch(LaunchIdentity caller, String resourceLinkId) {
        LtiContext context = people.findContext(caller.contextPk())
                .filter(found -> found.deploymentPk() == caller.deploymentPk())
                .orElseThrow(() -> new RosterException(RosterException.NO_CONTEXT, "course not found"));
        String url = context.nrpsMembershipsUrl().orElseThrow(() -> new RosterException(RosterException.NOT_OFFERED,
                "no launch in course " + context.id() + " carried the NRPS claim"));
        Registration registration = registrations.findById(caller.registrationId()).orElseThrow(
                () -> new RosterException(RosterException.NOT_OFFERED, "registration vanished"));
        if (registration.endpoints().tokenUrl().isEmpty()) {
            throw new RosterException(RosterException.NOT_OFFERED, "registration " + registration.id() + " has no token URL");
        }
        NrpsEndpoint endpoint = new NrpsEndpoint(URI.create(url), versions(context.nrpsServiceVersions()));
        MembershipFilter filter = resourceLinkId == null ? MembershipFilter.all()
                : MembershipFilter.all().withResourceLinkId(resourceLinkId);
        List<RosterMember> members = new ArrayList<>();
        clients.apply(TokenEndpoint.of(registration)).members(endpoint, filter)
                .forEach(member -> members.add(RosterMember.of(member)));
        LOG.fine(() -> "Roster of course " + context.id() + " read: " + members.size() + " members");
        return List.copyOf(members);
    }

    private static List<String> versions(Optional<String> joined) {
        return joined.filter(text -> !text.isBlank()).map(text -> Arrays.asList(text.split(","))).orElse(List.of());
    }

    private record Cached(List<RosterMember> members, Instant expiresAt) {
    }
}
