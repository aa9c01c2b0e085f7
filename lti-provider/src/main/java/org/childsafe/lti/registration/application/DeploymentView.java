package org.childsafe.lti.registration.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One deployment (school) of a registration with its designated counselors.
 *
 * @param key          the tool's own key of the deployment ({@code lti_deployment.id})
 * @param deploymentId the platform's {@code deployment_id}
 * @param schoolName   the name administrators gave the school, or {@code null}
 * @param publicId     the opaque id of the school's public pages ({@code /p/<widget>/<publicId>})
 */
public record DeploymentView(long key, String deploymentId, String schoolName, Instant createdAt,
        List<CounselorView> counselors, String publicId) implements Serializable {

    public DeploymentView {
        counselors = List.copyOf(counselors);
    }
}
