package org.childsafe.lti.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.childsafe.lti.admin.AdminScope;
import org.childsafe.lti.audit.AuditEvent;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.lti.registration.domain.Deployment;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationOrigin;
import org.childsafe.lti.registration.domain.RegistrationRepository;
import org.childsafe.lti.session.domain.CounselorDesignation;
import org.childsafe.lti.session.domain.LtiUser;
import org.childsafe.lti.session.domain.People;

/**
 * Manual administration of platform registrations, their deployments (schools) and counselor designations.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Scope first: every method checks the caller's {@link AdminScope} before it reads anything, so an LTI
 * administrator cannot even learn whether another registration exists. Creating and deleting registrations is
 * for the tool administrator only.</li>
 * <li>One change, one record: every method that changes data writes exactly one audit event and fires one
 * {@link RegistrationsChanged}, in the same transaction as the change. Requests that change nothing (designating
 * a counselor twice) write neither.</li>
 * <li>{@code (issuer, clientId)} is unique: checked before the insert, and a unique violation of a concurrent
 * insert is reported the same way ({@link DuplicateRegistrationException}).</li>
 * <li>A counselor is a staff user of the same registration, designated for a deployment of that registration.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    /** Audit actor of registrations created by LTI Dynamic Registration. */
    public static final String DYNAMIC_ACTOR = "dynamic-registration";

    private static final String UNIQUE_VIOLATION = "23505";

    private RegistrationRepository registrations;
    private People people;
    private AuditLog audit;
    private Event<RegistrationsChanged> changed;
    private Clock clock;
    private Views views;

    protected RegistrationService() {
    }

    @Inject
    public RegistrationService(RegistrationRepository registrations, People people, AuditLog audit,
            Event<RegistrationsChanged> changed, Clock clock) {
        this.registrations = registrations;
        this.people = people;
        this.audit = audit;
        this.changed = changed;
        this.clock = clock;
        this.views = new Views(people);
    }

    // Registrations ---------------------------------------------------------------------------------------------

    /** The registrations this administrator may see: all, or their own. */
    public List<RegistrationView> list(AdminScope scope) {
        List<Registration> visible = scope.registrationId()
                .map(id -> registrations.findById(id).stream().toList())
                .orElseGet(registrations::findAll);
        return visible.stream().map(views::of).toList();
    }

    public RegistrationView find(AdminScope scope, long registrationId) {
        return views.of(load(scope, registrationId));
    }

    /** Registers a platform by hand ({@link RegistrationOrigin#MANUAL}); tool administrator only. */
    public RegistrationView create(AdminScope scope, RegistrationDraft draft) {
        scope.requireToolAdmin();
        return insertNew(draft, RegistrationOrigin.MANUAL, scope.actor());
    }

    /**
     * Stores a registration that the platform itself just created through LTI Dynamic Registration 1.0
     * ({@link RegistrationOrigin#DYNAMIC}), audited as {@value #DYNAMIC_ACTOR}. There is no administrator: the
     * platform administrator's registration token was the authorization, checked by the platform.
     */
    public RegistrationView createDynamic(RegistrationDraft draft) {
        return insertNew(draft, RegistrationOrigin.DYNAMIC, DYNAMIC_ACTOR);
    }

    private RegistrationView insertNew(RegistrationDraft draft, RegistrationOrigin origin, String actor) {
        draft.checks().throwIfAny();
        String issuer = draft.issuer().strip();
        String clientId = draft.clientId().strip();
        if (registrations.findByIssuerAndClientId(issuer, clientId).isPresent()) {
            throw new DuplicateRegistrationException(issuer, clientId);
        }
        Registration registration = domain(() -> new Registration(issuer, clientId, draft.endpoints(), draft.displayName(),
                origin, clock.instant()));
        draft.strippedDeploymentIds().forEach(id -> registration.addDeployment(id, null, clock.instant()));
        Registration saved = insert(registration);
        changed(actor, saved.id(), "registration.create", target(saved),
                "issuer=" + issuer + " client_id=" + clientId + " origin=" + origin
                        + " deployments=" + draft.strippedDeploymentIds());
        return views.of(saved);
    }

    /**
     * Changes the endpoints and name, and adds deployment ids not yet present (never removes one). Issuer and
     * client id identify the trust relationship and cannot change.
     */
    public RegistrationView update(AdminScope scope, long registrationId, RegistrationDraft draft) {
        Registration registration = load(scope, registrationId);
        FieldChecks checks = draft.checks();
        if (checks.problems().isEmpty() && !registration.issuer().equals(draft.issuer().strip())) {
            checks.add(new FieldProblem("issuer", "validation.immutable", 0));
        }
        if (checks.problems().isEmpty() && !registration.clientId().equals(draft.clientId().strip())) {
            checks.add(new FieldProblem("clientId", "validation.immutable", 0));
        }
        checks.throwIfAny();
        domain(() -> {
            registration.update(draft.endpoints(), draft.displayName(), clock.instant());
            return registration;
        });
        List<String> added = draft.strippedDeploymentIds().stream()
                .filter(id -> registration.findDeployment(id).isEmpty()).toList();
        added.forEach(id -> registration.addDeployment(id, null, clock.instant()));
        Registration saved = registrations.save(registration);
        changed(scope, registrationId, "registration.update", target(saved),
                "auth_origin=" + saved.platformOrigin() + " added_deployments=" + added);
        return views.of(saved);
    }

    /** Removes a registration with its deployments, users and designations; tool administrator only. */
    public void delete(AdminScope scope, long registrationId) {
        scope.requireToolAdmin();
        Registration registration = load(scope, registrationId);
        String detail = "issuer=" + registration.issuer() + " client_id=" + registration.clientId();
        registrations.delete(registration);
        changed(scope, registrationId, "registration.delete", target(registration), detail);
    }

    // Deployments -----------------------------------------------------------------------------------------------

    public DeploymentView addDeployment(AdminScope scope, long registrationId, String deploymentId, String schoolName) {
        Registration registration = load(scope, registrationId);
        new FieldChecks().text("deploymentId", deploymentId, 255, true).text("schoolName", schoolName, 200, false).throwIfAny();
        if (registration.findDeployment(deploymentId.strip()).isPresent()) {
            throw InvalidRegistrationException.of("deploymentId", "validation.duplicate", 255);
        }
        registration.addDeployment(deploymentId.strip(), schoolName, clock.instant());
        Registration saved = registrations.save(registration);
        Deployment deployment = deployment(saved, deploymentId.strip());
        changed(scope, registrationId, "deployment.add", target(deployment), deploymentDetail(deployment));
        return views.of(deployment);
    }

    public DeploymentView renameDeployment(AdminScope scope, long registrationId, String deploymentId, String schoolName) {
        Deployment deployment = deployment(load(scope, registrationId), deploymentId);
        new FieldChecks().text("schoolName", schoolName, 200, false).throwIfAny();
        deployment.rename(schoolName);
        changed(scope, registrationId, "deployment.rename", target(deployment), deploymentDetail(deployment));
        return views.of(deployment);
    }

    /** Removes a deployment; the database removes its courses and counselor designations with it. */
    public void removeDeployment(AdminScope scope, long registrationId, String deploymentId) {
        Registration registration = load(scope, registrationId);
        Deployment deployment = deployment(registration, deploymentId);
        String target = target(deployment);
        String detail = deploymentDetail(deployment);
        registration.removeDeployment(deployment.deploymentId());
        registrations.save(registration);
        changed(scope, registrationId, "deployment.remove", target, detail);
    }

    // Counselors ------------------------------------------------------------------------------------------------

    /** Staff users of the registration, newest launch first: the people who may be designated counselor. */
    public List<StaffMember> staff(AdminScope scope, long registrationId) {
        return people.staff(load(scope, registrationId).id()).stream().map(Views::of).toList();
    }

    /** Designates a staff user of this registration as counselor of one of its deployments; idempotent. */
    public void designateCounselor(AdminScope scope, long registrationId, String deploymentId, long userId) {
        Deployment deployment = deployment(load(scope, registrationId), deploymentId);
        LtiUser user = people.findUser(userId)
                .filter(candidate -> candidate.registrationId() == registrationId)
                .orElseThrow(() -> InvalidRegistrationException.of("userId", "validation.user-foreign", 0));
        if (user.displayName() == null) {
            throw InvalidRegistrationException.of("userId", "validation.user-not-staff", 0);
        }
        if (people.isCounselor(deployment.id(), userId)) {
            return;
        }
        people.designate(new CounselorDesignation(deployment.id(), userId, scope.actor(), clock.instant()));
        changed(scope, registrationId, "counselor.designate", target(deployment) + "/user:" + userId, null);
    }

    /** Ends a designation; nothing happens (and nothing is audited) if there was none. */
    public void revokeCounselor(AdminScope scope, long registrationId, String deploymentId, long userId) {
        Deployment deployment = deployment(load(scope, registrationId), deploymentId);
        if (people.revoke(deployment.id(), userId)) {
            changed(scope, registrationId, "counselor.revoke", target(deployment) + "/user:" + userId, null);
        }
    }

    // Audit -----------------------------------------------------------------------------------------------------

    /** The newest audit events this administrator may see: all, or those about their registration. */
    public List<AuditEvent> auditTrail(AdminScope scope) {
        return scope.registrationId().map(id -> audit.latestUnder("registration:" + id)).orElseGet(audit::latest);
    }

    // Helpers ---------------------------------------------------------------------------------------------------

    private Registration load(AdminScope scope, long registrationId) {
        scope.requireManage(registrationId);
        return registrations.findById(registrationId).orElseThrow(() -> new RegistrationNotFoundException(registrationId));
    }

    private static Deployment deployment(Registration registration, String deploymentId) {
        String wanted = deploymentId == null ? "" : deploymentId.strip();
        return registration.findDeployment(wanted)
                .orElseThrow(() -> new DeploymentNotFoundException(registration.id(), wanted));
    }

    private Registration insert(Registration registration) {
        try {
            return registrations.save(registration);
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new DuplicateRegistrationException(registration.issuer(), registration.clientId());
            }
            throw e;
        }
    }

    private void changed(AdminScope scope, long registrationId, String action, String target, String detail) {
        changed(scope.actor(), registrationId, action, target, detail);
    }

    private void changed(String actor, long registrationId, String action, String target, String detail) {
        audit.record(actor, action, target, detail);
        changed.fire(new RegistrationsChanged(registrationId, action));
    }

    private static String target(Registration registration) {
        return "registration:" + registration.id();
    }

    private static String target(Deployment deployment) {
        return target(deployment.registration()) + "/deployment:" + deployment.id();
    }

    private static String deploymentDetail(Deployment deployment) {
        return "deployment_id=" + deployment.deploymentId()
                + (deployment.schoolName() == null ? "" : " school=" + deployment.schoolName());
    }

    private static <T> T domain(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException refused) {
            throw InvalidRegistrationException.fromDomain(refused);
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
