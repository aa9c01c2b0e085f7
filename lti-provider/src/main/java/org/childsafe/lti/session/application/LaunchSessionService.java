package org.childsafe.lti.session.application;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;
import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LaunchClaims;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.registration.domain.Deployment;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationRepository;
import org.childsafe.lti.services.nrps.NrpsEndpoint;
import org.childsafe.lti.session.domain.LtiContext;
import org.childsafe.lti.session.domain.LtiUser;
import org.childsafe.lti.session.domain.People;

/**
 * Turns a validated launch into a {@link LaunchIdentity}, recording the user and course. It runs only after
 * every launch check has passed, in one transaction, so a rejected launch never leaves a user or course row.
 */
@ApplicationScoped
public class LaunchSessionService {

    private static final Logger LOG = Logger.getLogger(LaunchSessionService.class.getName());

    @Inject
    RegistrationRepository registrations;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Inject
    Event<LaunchRecorded> recorded;

    @Transactional
    public LaunchIdentity open(LaunchClaims claims, String widgetId) {
        Instant now = clock.instant();
        Registration registration = registrations.findById(claims.registrationId())
                .orElseThrow(() -> new InvalidLaunchException(LtiErrors.UNKNOWN_CLIENT, "registration vanished during launch"));
        Deployment deployment = registration.findDeployment(claims.deploymentId())
                .orElseThrow(() -> new InvalidLaunchException(LtiErrors.UNKNOWN_DEPLOYMENT, "deployment vanished during launch"));
        boolean staff = claims.has(ToolRole.INSTRUCTOR) || claims.has(ToolRole.ADMINISTRATOR);
        Long userId = claims.anonymous() ? null : recordUser(registration.id(), claims, staff, now).id();
        LtiContext context = claims.contextId() == null ? null : recordContext(deployment.id(), claims, now);
        boolean counselor = userId != null && people.isCounselor(deployment.id(), userId);
        LOG.fine(() -> "Launch accepted for registration " + registration.id() + ", deployment " + deployment.id());
        LaunchIdentity identity = new LaunchIdentity(registration.id(), registration.issuer(), deployment.id(),
                deployment.deploymentId(), deployment.schoolName(), userId, staff ? staffName(claims) : null,
                context == null ? null : context.id(), context == null ? null : context.title(),
                claims.toolRoles(), counselor, widgetId, claims.resourceLinkId(), claims.returnUrl(), now);
        recorded.fire(new LaunchRecorded(claims, identity));
        return identity;
    }

    private LtiUser recordUser(long registrationId, LaunchClaims claims, boolean staff, Instant now) {
        LtiUser user = people.findUser(registrationId, claims.subject())
                .orElseGet(() -> new LtiUser(registrationId, claims.subject(), now));
        user.launched(now, staff ? staffName(claims) : null);
        return people.saveUser(user);
    }

    private LtiContext recordContext(long deploymentPk, LaunchClaims claims, Instant now) {
        LtiContext context = people.findContext(deploymentPk, claims.contextId())
                .orElseGet(() -> new LtiContext(deploymentPk, claims.contextId(), now));
        context.describe(claims.contextTitle(), claims.contextLabel());
        rememberMembershipService(context, claims);
        return people.saveContext(context);
    }

    /**
     * NRPS 2.0 §3.6.1: the roster of the course is fetched later from the URL of the launch's NRPS claim. A launch
     * without the claim keeps what an earlier launch announced; a malformed claim is ignored (the launch itself
     * is valid, only the roster is then unavailable).
     */
    private static void rememberMembershipService(LtiContext context, LaunchClaims claims) {
        if (!(claims.claims().get(LtiClaims.NRPS_NAMES_ROLE_SERVICE) instanceof Map<?, ?> claim)) {
            return;
        }
        try {
            @SuppressWarnings("unchecked")
            NrpsEndpoint endpoint = NrpsEndpoint.fromClaim((Map<String, ?>) claim);
            context.offersMemberships(endpoint.contextMembershipsUrl().toString(), endpoint.versionsText());
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Ignoring a malformed NRPS claim of registration " + claims.registrationId() + ": "
                    + e.getMessage());
        }
    }

    private static String staffName(LaunchClaims claims) {
        if (claims.name() != null && !claims.name().isBlank()) {
            return claims.name();
        }
        String joined = ((claims.givenName() == null ? "" : claims.givenName()) + " "
                + (claims.familyName() == null ? "" : claims.familyName())).strip();
        return joined.isEmpty() ? null : joined;
    }
}
