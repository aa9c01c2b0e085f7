package org.childsafe.lti.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.childsafe.lti.admin.AdminAccess;
import org.childsafe.lti.admin.AdminScopeException;
import org.childsafe.lti.registration.application.RegistrationException;
import org.childsafe.lti.registration.application.RegistrationService;
import org.childsafe.lti.registration.application.RegistrationView;
import org.childsafe.lti.registration.application.StaffMember;

/**
 * The deployments part of {@code /admin/registrations.xhtml} for the selected registration: add, rename and
 * remove deployments (schools), and designate or revoke counselors chosen from the registration's staff.
 */
@Named
@ViewScoped
public class Deployments implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/admin/registrations?faces-redirect=true&id=";

    @Inject
    RegistrationService service;

    @Inject
    AdminAccess access;

    @Inject
    Registrations page;

    private String newDeploymentId;
    private String newSchoolName;
    private final Map<String, String> schoolNames = new HashMap<>();
    private final Map<String, Long> chosenStaff = new HashMap<>();
    private List<StaffMember> staff;

    public String add() {
        return change(() -> service.addDeployment(access.current(), id(), newDeploymentId, newSchoolName),
                "admin.deployment.added", "deploymentForm");
    }

    public String rename(String deploymentId) {
        return change(() -> service.renameDeployment(access.current(), id(), deploymentId, schoolNames.get(deploymentId)),
                "admin.deployment.renamed", null);
    }

    public String remove(String deploymentId) {
        return change(() -> service.removeDeployment(access.current(), id(), deploymentId), "admin.deployment.removed", null);
    }

    public String designate(String deploymentId) {
        Long userId = chosenStaff.get(deploymentId);
        if (userId == null) {
            return null;
        }
        return change(() -> service.designateCounselor(access.current(), id(), deploymentId, userId),
                "admin.counselor.designated", null);
    }

    public String revoke(String deploymentId, long userId) {
        return change(() -> service.revokeCounselor(access.current(), id(), deploymentId, userId),
                "admin.counselor.revoked", null);
    }

    /** Staff of the selected registration, read once per view. */
    public List<StaffMember> getStaff() {
        if (staff == null) {
            RegistrationView selected = page.getSelected();
            staff = selected == null ? List.of() : service.staff(access.current(), selected.id());
        }
        return staff;
    }

    /** Rename inputs, keyed by deployment id and pre-filled with the current school names. */
    public Map<String, String> getSchoolNames() {
        RegistrationView selected = page.getSelected();
        if (schoolNames.isEmpty() && selected != null) {
            selected.deployments().forEach(d -> schoolNames.put(d.deploymentId(), d.schoolName()));
        }
        return schoolNames;
    }

    /** The staff member picked for each deployment's "designate" action. */
    public Map<String, Long> getChosenStaff() {
        return chosenStaff;
    }

    public String getNewDeploymentId() {
        return newDeploymentId;
    }

    public void setNewDeploymentId(String newDeploymentId) {
        this.newDeploymentId = newDeploymentId;
    }

    public String getNewSchoolName() {
        return newSchoolName;
    }

    public void setNewSchoolName(String newSchoolName) {
        this.newSchoolName = newSchoolName;
    }

    private long id() {
        RegistrationView selected = page.getSelected();
        if (selected == null) {
            throw new AdminScopeException("No registration is selected.");
        }
        return selected.id();
    }

    private String change(Runnable action, String successKey, String formId) {
        try {
            long registrationId = id();
            action.run();
            Feedback.success(successKey);
            return SELF + registrationId;
        } catch (RegistrationException | AdminScopeException refused) {
            Feedback.refused(refused, formId);
            return null;
        }
    }
}
