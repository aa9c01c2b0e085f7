package org.childsafe.lti.registration.application;

import java.util.List;
import org.childsafe.lti.registration.domain.Deployment;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.session.domain.LtiUser;
import org.childsafe.lti.session.domain.People;

/** Builds the read models of {@link RegistrationService} from entities, inside its transaction. */
final class Views {

    private final People people;

    Views(People people) {
        this.people = people;
    }

    RegistrationView of(Registration r) {
        return new RegistrationView(r.id(), r.issuer(), r.clientId(), r.displayName(), r.endpoints().authUrl().toString(),
                r.endpoints().jwksUrl().toString(), r.endpoints().tokenUrl().map(Object::toString).orElse(null),
                r.endpoints().tokenAudience().orElse(null), r.origin(), r.platformOrigin(), r.createdAt(), r.updatedAt(),
                r.deployments().stream().map(this::of).toList());
    }

    DeploymentView of(Deployment d) {
        List<CounselorView> counselors = people.counselors(d.id()).stream()
                .map(c -> new CounselorView(c.userId(),
                        people.findUser(c.userId()).map(LtiUser::displayName).orElse(null), c.designatedBy(), c.createdAt()))
                .toList();
        return new DeploymentView(d.id(), d.deploymentId(), d.schoolName(), d.createdAt(), counselors, d.publicId());
    }

    static StaffMember of(LtiUser user) {
        return new StaffMember(user.id(), user.displayName(), user.lastLaunchAt());
    }
}
