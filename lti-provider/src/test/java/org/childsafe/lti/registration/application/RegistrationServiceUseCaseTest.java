package org.childsafe.lti.registration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.childsafe.lti.registration.application.RegistrationTestData.TOOL_ADMIN;
import static org.childsafe.lti.registration.application.RegistrationTestData.canvas;
import static org.childsafe.lti.registration.application.RegistrationTestData.moodle;
import static org.childsafe.lti.registration.application.RegistrationTestData.withClientId;
import static org.childsafe.lti.registration.application.RegistrationTestData.withDeploymentIds;
import static org.childsafe.lti.registration.application.RegistrationTestData.withDisplayName;
import static org.childsafe.lti.registration.application.RegistrationTestData.withIssuer;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.childsafe.lti.admin.AdminScope;
import org.childsafe.lti.admin.AdminScopeException;
import org.childsafe.lti.audit.AuditEvent;
import org.childsafe.lti.registration.domain.RegistrationOrigin;
import org.childsafe.lti.session.domain.LtiUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Use cases of {@link RegistrationService} against in-memory collaborators. */
class RegistrationServiceUseCaseTest {

    private RegistrationServiceTestDouble service;
    private long moodleId;
    private long canvasId;
    private AdminScope moodleAdmin;

    @BeforeEach
    void registerTwoPlatforms() {
        service = new RegistrationServiceTestDouble();
        moodleId = service.create(TOOL_ADMIN, moodle()).id();
        canvasId = service.create(TOOL_ADMIN, canvas()).id();
        moodleAdmin = AdminScope.ltiAdmin(moodleId, Optional.of(7L));
        service.audit.events.clear();
        service.changes.fired.clear();
    }

    // Creating -----------------------------------------------------------------------------------------------------

    @Test
    void toolAdminRegistersPlatformByHandWithItsDeployments() {
        RegistrationView created = service.create(TOOL_ADMIN, withClientId(moodle(), "client-2"));

        assertThat(created.origin()).isEqualTo(RegistrationOrigin.MANUAL);
        assertThat(created.deployments()).extracting(DeploymentView::deploymentId).containsExactly("1", "2");
        assertThat(created.platformOrigin()).isEqualTo("https://moodle.school.edu.vn");
        assertThat(service.audit.events).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("registration.create"))
                .satisfies(e -> assertThat(e.actor()).isEqualTo("tool-admin"))
                .satisfies(e -> assertThat(e.target()).isEqualTo("registration:" + created.id()));
        assertThat(service.changes.fired).containsExactly(new RegistrationsChanged(created.id(), "registration.create"));
    }

    @Test
    void refusesSecondRegistrationOfSameIssuerAndClientId() {
        assertThrows(DuplicateRegistrationException.class, () -> service.create(TOOL_ADMIN, withDisplayName(moodle(), "Again")));
        assertThat(service.audit.events).isEmpty();
        assertThat(service.changes.fired).isEmpty();
    }

    @Test
    void reportsUniqueViolationOfConcurrentInsertAsDuplicate() {
        service.registrations.failNextInsertWithUniqueViolation = true;

        assertThrows(DuplicateRegistrationException.class, () -> service.create(TOOL_ADMIN, withClientId(moodle(), "racing")));
        assertThat(service.audit.events).isEmpty();
    }

    @Test
    void sameIssuerWithAnotherClientIdIsAnotherRegistration() {
        RegistrationView second = service.create(TOOL_ADMIN, withClientId(moodle(), "client-2"));

        assertThat(second.id()).isNotEqualTo(moodleId);
    }

    @Test
    void refusesInvalidDraftListingEveryFieldAtFault() {
        RegistrationDraft bad = withIssuer(withDisplayName(moodle(), " "), "ftp://moodle.school.edu.vn");

        InvalidRegistrationException refused = assertThrows(InvalidRegistrationException.class, () -> service.create(TOOL_ADMIN, bad));

        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(tuple("issuer", "validation.url"), tuple("displayName", "validation.required"));
        assertThat(service.audit.events).isEmpty();
    }

    @Test
    void ltiAdminCannotRegisterPlatforms() {
        assertThrows(AdminScopeException.class, () -> service.create(moodleAdmin, withClientId(moodle(), "client-2")));
    }

    // Scope --------------------------------------------------------------------------------------------------------

    @Test
    void ltiAdminSeesOnlyTheirRegistration() {
        assertThat(service.list(moodleAdmin)).extracting(RegistrationView::id).containsExactly(moodleId);
        assertThat(service.list(TOOL_ADMIN)).extracting(RegistrationView::id).containsExactly(moodleId, canvasId);
    }

    @Test
    void ltiAdminOfOneRegistrationCannotTouchAnother() {
        List<Runnable> attempts = List.of(
                () -> service.find(moodleAdmin, canvasId),
                () -> service.update(moodleAdmin, canvasId, canvas()),
                () -> service.addDeployment(moodleAdmin, canvasId, "8", null),
                () -> service.renameDeployment(moodleAdmin, canvasId, "7:abc", "x"),
                () -> service.removeDeployment(moodleAdmin, canvasId, "7:abc"),
                () -> service.staff(moodleAdmin, canvasId),
                () -> service.designateCounselor(moodleAdmin, canvasId, "7:abc", 1),
                () -> service.revokeCounselor(moodleAdmin, canvasId, "7:abc", 1),
                () -> service.delete(moodleAdmin, canvasId));

        attempts.forEach(attempt -> assertThrows(AdminScopeException.class, attempt::run));
        assertThat(service.audit.events).isEmpty();
        assertThat(service.changes.fired).isEmpty();
    }

    @Test
    void ltiAdminCannotLearnWhetherAnotherRegistrationExists() {
        assertThrows(AdminScopeException.class, () -> service.find(moodleAdmin, 9_999));
    }

    @Test
    void ltiAdminManagesTheirOwnRegistrationButCannotDeleteIt() {
        service.addDeployment(moodleAdmin, moodleId, "3", "THCS Lê Lợi");

        assertThat(service.audit.events).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("lti-admin:" + moodleId + ":7"));
        assertThrows(AdminScopeException.class, () -> service.delete(moodleAdmin, moodleId));
    }

    @Test
    void unknownRegistrationIsNotFound() {
        assertThrows(RegistrationNotFoundException.class, () -> service.find(TOOL_ADMIN, 9_999));
    }

    // One change, one audit event ----------------------------------------------------------------------------------

    static Stream<Arguments> mutations() {
        return Stream.of(
                Arguments.of("registration.update", (Consumer<Fixture>) f -> f.service.update(TOOL_ADMIN, f.moodleId,
                        withDisplayName(moodle(), "THCS Nguyễn Du (Hà Nội)"))),
                Arguments.of("registration.delete", (Consumer<Fixture>) f -> f.service.delete(TOOL_ADMIN, f.moodleId)),
                Arguments.of("deployment.add", (Consumer<Fixture>) f -> f.service.addDeployment(TOOL_ADMIN, f.moodleId, "3", "A")),
                Arguments.of("deployment.rename", (Consumer<Fixture>) f -> f.service.renameDeployment(TOOL_ADMIN, f.moodleId, "1", "B")),
                Arguments.of("deployment.remove", (Consumer<Fixture>) f -> f.service.removeDeployment(TOOL_ADMIN, f.moodleId, "2")),
                Arguments.of("counselor.designate", (Consumer<Fixture>) f -> f.service.designateCounselor(TOOL_ADMIN, f.moodleId, "1",
                        f.teacher.id())),
                Arguments.of("counselor.revoke", (Consumer<Fixture>) f -> {
                    f.service.designateCounselor(TOOL_ADMIN, f.moodleId, "1", f.teacher.id());
                    f.service.audit.events.clear();
                    f.service.changes.fired.clear();
                    f.service.revokeCounselor(TOOL_ADMIN, f.moodleId, "1", f.teacher.id());
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void everyChangeWritesOneAuditEventAndOneChangeEvent(String action, Consumer<Fixture> change) {
        Fixture fixture = new Fixture(service, moodleId, service.people.user(moodleId, "teacher", "Cô Mai"));

        change.accept(fixture);

        assertThat(service.audit.events).extracting(AuditEvent::action).containsExactly(action);
        assertThat(service.audit.events.get(0).target()).startsWith("registration:" + moodleId);
        assertThat(service.changes.fired).containsExactly(new RegistrationsChanged(moodleId, action));
    }

    record Fixture(RegistrationServiceTestDouble service, long moodleId, LtiUser teacher) {
    }

    // Updating -----------------------------------------------------------------------------------------------------

    @Test
    void issuerAndClientIdCannotChange() {
        InvalidRegistrationException refused = assertThrows(InvalidRegistrationException.class,
                () -> service.update(TOOL_ADMIN, moodleId, withIssuer(moodle(), "https://other.school.edu.vn")));

        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(tuple("issuer", "validation.immutable"));
        assertThrows(InvalidRegistrationException.class, () -> service.update(TOOL_ADMIN, moodleId, withClientId(moodle(), "x")));
    }

    @Test
    void updateAddsNewDeploymentIdsAndNeverRemovesOne() {
        RegistrationView updated = service.update(TOOL_ADMIN, moodleId, withDeploymentIds(moodle(), List.of("2", "3")));

        assertThat(updated.deployments()).extracting(DeploymentView::deploymentId).containsExactly("1", "2", "3");
    }

    // Deployments --------------------------------------------------------------------------------------------------

    @Test
    void refusesDeploymentIdAlreadyInRegistration() {
        InvalidRegistrationException refused = assertThrows(InvalidRegistrationException.class,
                () -> service.addDeployment(TOOL_ADMIN, moodleId, " 1 ", null));

        assertThat(refused.problems().get(0).field()).isEqualTo("deploymentId");
    }

    @Test
    void renamesAndRemovesDeployments() {
        service.renameDeployment(TOOL_ADMIN, moodleId, "1", "THCS Lê Lợi");
        service.removeDeployment(TOOL_ADMIN, moodleId, "2");

        assertThat(service.find(TOOL_ADMIN, moodleId).deployments())
                .extracting(DeploymentView::deploymentId, DeploymentView::schoolName)
                .containsExactly(tuple("1", "THCS Lê Lợi"));
    }

    @Test
    void deploymentOfAnotherRegistrationIsNotFound() {
        assertThrows(DeploymentNotFoundException.class, () -> service.removeDeployment(TOOL_ADMIN, moodleId, "7:abc"));
    }

    // Counselors ---------------------------------------------------------------------------------------------------

    @Test
    void designatesStaffUserAsCounselorOfOneSchool() {
        LtiUser teacher = service.people.user(moodleId, "teacher", "Cô Mai");

        service.designateCounselor(moodleAdmin, moodleId, "1", teacher.id());

        DeploymentView school = service.find(TOOL_ADMIN, moodleId).deployments().get(0);
        assertThat(school.counselors()).extracting(CounselorView::userId, CounselorView::displayName, CounselorView::designatedBy)
                .containsExactly(tuple(teacher.id(), "Cô Mai", "lti-admin:" + moodleId + ":7"));
        assertThat(service.find(TOOL_ADMIN, moodleId).deployments().get(1).counselors()).isEmpty();
    }

    @Test
    void counselorMustBelongToTheSameRegistration() {
        LtiUser canvasTeacher = service.people.user(canvasId, "teacher", "Thầy Bình");

        InvalidRegistrationException refused = assertThrows(InvalidRegistrationException.class,
                () -> service.designateCounselor(TOOL_ADMIN, moodleId, "1", canvasTeacher.id()));

        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(tuple("userId", "validation.user-foreign"));
        assertThat(service.people.counselors(service.find(TOOL_ADMIN, moodleId).deployments().get(0).key())).isEmpty();
    }

    @Test
    void unknownUserIsRefusedLikeAForeignOne() {
        InvalidRegistrationException refused = assertThrows(InvalidRegistrationException.class,
                () -> service.designateCounselor(TOOL_ADMIN, moodleId, "1", 424_242));

        assertThat(refused.problems().get(0).key()).isEqualTo("validation.user-foreign");
    }

    @Test
    void learnerCannotBeDesignatedCounselor() {
        LtiUser learner = service.people.user(moodleId, "learner", null);

        InvalidRegistrationException refused = assertThrows(InvalidRegistrationException.class,
                () -> service.designateCounselor(TOOL_ADMIN, moodleId, "1", learner.id()));

        assertThat(refused.problems().get(0).key()).isEqualTo("validation.user-not-staff");
    }

    @Test
    void designatingTwiceOrRevokingNobodyChangesNothing() {
        LtiUser teacher = service.people.user(moodleId, "teacher", "Cô Mai");
        service.designateCounselor(TOOL_ADMIN, moodleId, "1", teacher.id());

        service.designateCounselor(TOOL_ADMIN, moodleId, "1", teacher.id());
        service.revokeCounselor(TOOL_ADMIN, moodleId, "2", teacher.id());

        assertThat(service.audit.events).extracting(AuditEvent::action).containsExactly("counselor.designate");
    }

    @Test
    void staffListsOnlyStaffOfTheRegistration() {
        service.people.user(moodleId, "teacher", "Cô Mai");
        service.people.user(moodleId, "learner", null);
        service.people.user(canvasId, "other", "Thầy Bình");

        assertThat(service.staff(moodleAdmin, moodleId)).extracting(StaffMember::displayName).containsExactly("Cô Mai");
    }

    // Audit trail --------------------------------------------------------------------------------------------------

    @Test
    void ltiAdminReadsOnlyTheAuditTrailOfTheirRegistration() {
        service.addDeployment(TOOL_ADMIN, moodleId, "3", null);
        service.addDeployment(TOOL_ADMIN, canvasId, "8", null);

        assertThat(service.auditTrail(moodleAdmin)).extracting(AuditEvent::target)
                .allMatch(target -> target.startsWith("registration:" + moodleId + "/"))
                .hasSize(1);
        assertThat(service.audit.lastQueriedTarget).isEqualTo("registration:" + moodleId);
        assertThat(service.auditTrail(TOOL_ADMIN)).hasSize(2);
    }
}
