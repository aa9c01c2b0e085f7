package org.childsafe.lti.registration.rest;

import java.time.Instant;
import java.util.List;
import org.childsafe.lti.registration.application.CounselorView;
import org.childsafe.lti.registration.application.DeploymentView;

/**
 * One deployment (school) of a registration and its counselors; {@code publicId} addresses the school's public
 * pages ({@code /p/<widget>/<publicId>}).
 */
public record DeploymentResponse(String deploymentId, String schoolName, Instant createdAt, List<Counselor> counselors,
        String publicId) {

    static DeploymentResponse of(DeploymentView view) {
        return new DeploymentResponse(view.deploymentId(), view.schoolName(), view.createdAt(),
                view.counselors().stream().map(Counselor::of).toList(), view.publicId());
    }

    /** A designated counselor: the tool's user id, the staff name, who designated them and when. */
    public record Counselor(long userId, String displayName, String designatedBy, Instant since) {

        static Counselor of(CounselorView view) {
            return new Counselor(view.userId(), view.displayName(), view.designatedBy(), view.since());
        }
    }
}
