package org.childsafe.lti.registration.application;

import java.util.Objects;

/**
 * A school as the plug-ins see it: one deployment of one registration. Reports, school lists and settings are
 * keyed by {@link #deploymentPk()}; public pages are addressed by {@link #publicId()}.
 *
 * @param deploymentPk   the tool's key of the deployment ({@code lti_deployment.id})
 * @param registrationId the tool's key of the registration
 * @param issuer         the platform's issuer
 * @param deploymentId   the platform's {@code deployment_id}
 * @param name           the name administrators gave the school, or {@code null}
 * @param publicId       the opaque id of the school's public pages
 */
public record School(long deploymentPk, long registrationId, String issuer, String deploymentId, String name,
        String publicId) {

    public School {
        Objects.requireNonNull(issuer, "Issuer is required.");
        Objects.requireNonNull(deploymentId, "Deployment id is required.");
        Objects.requireNonNull(publicId, "Public id is required.");
    }
}
