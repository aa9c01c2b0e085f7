package org.childsafe.lti.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.childsafe.lti.registration.domain.Deployment;
import org.childsafe.lti.registration.domain.PublicId;
import org.childsafe.lti.registration.domain.RegistrationRepository;

/**
 * Finds schools for the plug-ins: by the deployment of a launch, or by the public id in the address of a school's
 * public page (the report form and link checker for people without an LMS login). A malformed public id is
 * answered like an unknown one, without touching the database.
 */
@ApplicationScoped
@Transactional
public class SchoolDirectory {

    @Inject
    RegistrationRepository registrations;

    protected SchoolDirectory() {
    }

    /** For tests outside the container. */
    public SchoolDirectory(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    /** The school of a deployment; assigns its public id when the deployment predates public ids. */
    public Optional<School> byDeployment(long deploymentPk) {
        return registrations.findDeployment(deploymentPk).map(SchoolDirectory::school);
    }

    /** The school whose public pages live at this id, if any. */
    public Optional<School> byPublicId(String publicId) {
        if (!PublicId.isWellFormed(publicId)) {
            return Optional.empty();
        }
        return registrations.findDeploymentByPublicId(publicId).map(SchoolDirectory::school);
    }

    private static School school(Deployment d) {
        return new School(d.id(), d.registration().id(), d.registration().issuer(), d.deploymentId(), d.schoolName(),
                d.publicId());
    }
}
